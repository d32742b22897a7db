using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>Names of bodies and initiatives that pair two parties with a dash, as Vietnamese writes them.</summary>
public sealed class PairedNameTests
{
    [Theory]
    [InlineData("vi", "Italy sẽ tổ chức Diễn đàn Doanh nghiệp Italy – ASEAN lần thứ hai tại Milano.", EntityType.Initiative, "Diễn đàn Doanh nghiệp Italy – ASEAN")]
    [InlineData("vi", "Hội đồng Kinh doanh ASEAN – Italy họp tại Hà Nội.", EntityType.Organization, "Hội đồng Kinh doanh ASEAN – Italy")]
    [InlineData("vi", "Italy sẽ tổ chức Diễn đàn Doanh nghiệp Italy - ASEAN lần thứ hai tại Milano.", EntityType.Initiative, "Diễn đàn Doanh nghiệp Italy - ASEAN")]
    public void A_spaced_dash_between_two_parties_stays_inside_the_name(string language, string text, EntityType type, string name)
    {
        Assert.NotNull(Find(Extract(text, language), type, name));
    }
}
