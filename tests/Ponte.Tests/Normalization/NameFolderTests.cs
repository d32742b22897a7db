using Ponte.Core.Text;

namespace Ponte.Tests.Normalization;

public sealed class NameFolderTests
{
    [Theory]
    [InlineData("Dương Hải Hưng", "duong hai hung")]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ørsted", "orsted")]
    [InlineData("Italy’s", "italy s")]
    [InlineData("Italy's", "italy s")]
    [InlineData("ASEAN-Italy", "asean italy")]
    [InlineData("  Kao   Kim Hourn ", "kao kim hourn")]
    [InlineData("Straße", "strasse")]
    [InlineData("ＡＳＥＡＮ", "asean")]
    [InlineData("Dato’ Sri", "dato sri")]
    [InlineData("Datoʼ Sri", "dato sri")]
    [InlineData("Nukuʻalofa", "nukualofa")]
    [InlineData("Nguye\u0302\u0303n", "nguyen")]
    [InlineData("๒๕๖๖", "2566")]
    [InlineData("", "")]
    [InlineData("—", "")]
    public void Folds_names_to_their_key(string name, string key)
    {
        Assert.Equal(key, NameFolder.Fold(name));
    }

    [Fact]
    public void Keeps_thai_letters_and_marks()
    {
        Assert.Equal("กรุงเทพมหานคร", NameFolder.Fold("กรุงเทพมหานคร"));
        Assert.Equal("ประเทศไทย อิตาลี", NameFolder.Fold("ประเทศไทย - อิตาลี"));
    }

    [Fact]
    public void The_same_name_written_two_ways_folds_to_one_key()
    {
        Assert.Equal(NameFolder.Fold("Dương Hải Hưng"), NameFolder.Fold("DUONG HAI HUNG"));
        Assert.Equal(NameFolder.Fold("Hiệp hội Italy-ASEAN"), NameFolder.Fold("hiep hoi italy asean"));
    }

    [Fact]
    public void Null_folds_to_empty()
    {
        Assert.Equal(string.Empty, NameFolder.Fold((string?)null));
    }
}
