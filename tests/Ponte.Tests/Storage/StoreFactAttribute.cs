using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ponte.Tests.Storage;

/// <summary>
/// A fact of the store contract. It runs for every store test class, except that a class marked
/// <see cref="RequiresEnvironmentAttribute"/> is skipped, saying why, when its variable is unset.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Ponte.Tests.Storage.StoreFactDiscoverer", "Ponte.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class whose store needs a server named by an environment variable.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string hint) : Attribute
{
    /// <summary>The variable that must hold a value.</summary>
    public string Variable { get; } = variable;

    /// <summary>How to set it.</summary>
    public string Hint { get; } = hint;

    /// <summary>Why a test of <paramref name="testClass"/> is skipped now, or null when it can run.</summary>
    public static string? SkipReason(Type? testClass)
    {
        var required = testClass?.GetCustomAttributes(typeof(RequiresEnvironmentAttribute), inherit: true)
            .Cast<RequiresEnvironmentAttribute>().FirstOrDefault();
        return required is null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(required.Variable))
            ? null
            : $"{required.Variable} is not set: {required.Hint}";
    }
}

/// <summary>A fact that only runs when PONTE_TEST_PG names a PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips unless PONTE_TEST_PG is set.</summary>
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresStore.Variable)))
        {
            Skip = $"{PostgresStore.Variable} is not set: {PostgresStore.Hint}";
        }
    }
}

/// <summary>Creates the test cases of a <see cref="StoreFactAttribute"/>, skipped when the class's store is unavailable.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new StoreTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

/// <summary>A test case whose skip reason is decided from its class when it is created or deserialised.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    /// <summary>For the deserialiser only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    /// <inheritdoc />
    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        RequiresEnvironmentAttribute.SkipReason(TestMethod.TestClass.Class.ToRuntimeType()) ?? base.GetSkipReason(factAttribute);
}
