using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Linking.Stories;

/// <summary>
/// Completes the dates one version of a story leaves vague from the versions that give them: a translation that says only
/// "in 2023" about a meeting another outlet dates February 20 gets that day, and a publication date known only to the year
/// gets the month its sister versions were published in. Every completed date is marked inferred; a date that contradicts
/// the other versions is never touched, and nothing is taken across stories.
/// </summary>
public static class VersionDates
{
    /// <summary>
    /// The analyses with coarse dates completed from their story's other versions; <paramref name="storyOf"/> gives each
    /// analysis's story id, in the same order.
    /// </summary>
    public static IReadOnlyList<DocumentAnalysis> Complete(IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyList<string> storyOf)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(storyOf);
        if (analyses.Count != storyOf.Count)
        {
            throw new ArgumentException("One story id is needed per analysis.", nameof(storyOf));
        }

        var completed = analyses.ToArray();
        foreach (var group in Enumerable.Range(0, analyses.Count).GroupBy(i => storyOf[i], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToArray();
            foreach (var i in members)
            {
                var siblings = members.Where(j => j != i).Select(j => analyses[j]).ToArray();
                completed[i] = CompleteOne(analyses[i], siblings);
            }
        }

        return completed;
    }

    private static DocumentAnalysis CompleteOne(DocumentAnalysis analysis, IReadOnlyList<DocumentAnalysis> siblings)
    {
        var published = analysis.Document.Published;
        if (published is not { Precision: DatePrecision.Day or DatePrecision.Month })
        {
            var sister = siblings.Select(s => s.Document.Published)
                .Where(p => p is { Precision: DatePrecision.Day or DatePrecision.Month } && Within(p, published))
                .OrderBy(p => p!.Start)
                .FirstOrDefault();
            if (sister is not null)
            {
                // Versions of one report appear within days of each other: the month is safe to say, the day is not.
                published = PartialDate.OfMonth(sister.Year, sister.Month, inferred: true);
            }
        }

        var events = analysis.Events.ToArray();
        var used = new HashSet<Event>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < events.Length; k++)
        {
            var vague = events[k];
            if (vague.Date is { Precision: DatePrecision.Day })
            {
                continue;
            }

            var match = siblings.SelectMany(s => s.Events)
                .Where(e => e.Type == vague.Type && e.Date is { Precision: DatePrecision.Day } && Within(e.Date, vague.Date ?? published))
                .OrderByDescending(e => SharedParticipants(e, vague))
                .ThenBy(e => used.Contains(e) ? 1 : 0)
                .FirstOrDefault();
            if (match is not null && (vague.Date is not null || SharedParticipants(match, vague) > 0))
            {
                used.Add(match);
                events[k] = vague with { Date = match.Date! with { Inferred = true } };
            }
        }

        return ReferenceEquals(published, analysis.Document.Published) && used.Count == 0
            ? analysis
            : analysis with { Document = analysis.Document with { Published = published }, Events = events };
    }

    /// <summary>Whether <paramref name="precise"/> lies inside the period <paramref name="vague"/> names (anything, when it names none).</summary>
    private static bool Within(PartialDate? precise, PartialDate? vague) =>
        precise is not null && (vague is null || (precise.Start >= vague.Start && precise.End <= vague.End));

    private static int SharedParticipants(Event a, Event b) =>
        a.Participants.Select(NameFolder.Fold).Intersect(b.Participants.Select(NameFolder.Fold), StringComparer.Ordinal).Count();
}
