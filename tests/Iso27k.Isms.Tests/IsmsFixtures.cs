using NodaTime;

namespace Iso27k.Isms.Tests;

internal static class IsmsFixtures
{
    // The sample's reference day: every record in data/samples/isms is dated against it.
    public static readonly LocalDate Today = new(2026, 3, 15);

    private static readonly Lazy<IsmsRecordDocument> Sample = new(() => IsmsRecordDocument.Load(SamplePath("record.json")));

    public static ReadinessAssessor Assessor(LocalDate? day = null)
    {
        var d = day ?? Today;
        return new ReadinessAssessor(FakeClock.At(d.Year, d.Month, d.Day));
    }

    public static IsmsRecordDocument SampleDocument => Sample.Value;

    public static IsmsRecord Complete => Sample.Value.Record ?? throw new InvalidOperationException("The sample record cannot be read.");

    public static string SamplePath(string name) => Path.Combine(RepositoryRoot(), "data", "samples", "isms", name);

    public static string RepositoryRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;
}
