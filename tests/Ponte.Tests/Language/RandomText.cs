using CsCheck;

namespace Ponte.Tests.Language;

/// <summary>Random text for "never throws" properties: mostly letters, spaces and punctuation, with the awkward cases mixed in.</summary>
internal static class RandomText
{
    private const string Plain = "aeiou bcdst XYZ .,!?…\"”“’'-()0123456789\n";

    // NBSP, zero-width space/joiners, soft hyphen, paragraph/line separators, combining acute, Thai letters and marks,
    // Vietnamese letters, lone and paired surrogates, K-kelvin, BOM, CR, tab, currency and percent signs.
    private const string Awkward = "\u00A0\u200B\u200C\u200D\u00AD\u2029\u2028\u0301\u0E01\u0E32\u0E48\u0E07\u1EA3\u0111\uD83D\uDE00\uDC00\u212A\uFEFF\r\t$€%";

    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char[Plain]),
        (2, Gen.Char[Awkward]),
        (1, Gen.Char));

    public static readonly Gen<string> Strings = Char.Array[0, 300].Select(chars => new string(chars));
}
