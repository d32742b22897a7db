namespace Ponte.Storage;

/// <summary>
/// One numbered step of a store's schema. Steps run in order, each in its own transaction, and each records its number in
/// <c>schema_version</c>; a step is never edited once released, only followed by a new one.
/// </summary>
internal sealed record Migration(int Version, string Description, string Sql);

/// <summary>Checks shared by both stores' migration runners.</summary>
internal static class Migrations
{
    /// <summary>Throws when the list is not numbered 1, 2, 3… (a programming error, caught by the first test that opens a store).</summary>
    public static IReadOnlyList<Migration> Checked(params Migration[] steps)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {i} is numbered {steps[i].Version}, expected {i + 1}.");
            }
        }

        return steps;
    }

    /// <summary>The error for a store written by a newer Ponte: refuse rather than guess at a schema we do not know.</summary>
    public static StoreException TooNew(string store, int found, int known) => new(
        $"{store} has schema version {found}, but this Ponte knows versions up to {known}. " +
        "Use the Ponte that created it, or a newer one.");
}
