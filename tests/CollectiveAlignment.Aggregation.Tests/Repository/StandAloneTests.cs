namespace CollectiveAlignment.Aggregation.Tests.Repository;

/// <summary>
/// The repository stands alone (docs/conventions.md §9): no source or document cites the design notes, their reference
/// folder or shared data sets outside it. What the code relies on is in docs/.
/// </summary>
public sealed class StandAloneTests
{
    [Fact]
    public void Repository_SourcesAndDocs_CiteNothingOutsideIt()
    {
        var findings = ExternalReferenceScanner.Scan(RepoPaths.RepoRoot());

        findings.ShouldBeEmpty("cite docs/ (conventions.md, docs/formulas/…) instead:\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("Directory.Build.props", "<!-- Settings live here (STY|LE.md §4). -->")]
    [InlineData("src/X/A.cs", "/// See ARCHI|TECTURE.md: deterministic results.")]
    [InlineData("src/X/A.cs", "/// Formulas in sha|red/refe|rence/consensus-for|mulas.md §1.")]
    [InlineData("aggregation-methods/X/README.md", "summarised in `refe|rence/consensus-for|mulas.md`")]
    [InlineData("src/X/A.cs", "/// Formulas in docs/refe|rence/consensus-for|mulas.md §1.")]
    [InlineData("docs/architecture.md", "- [refe|rence/leximin.md](refe|rence/leximin.md)")]
    [InlineData("tests/X/T.cs", "/// The elections in ../sha|red/datasets/preflib.")]
    [InlineData("tests/data/polis/SOURCE.md", "Copied from `sha|red/datasets/polis/`.")]
    [InlineData("docs/architecture.md", "- `data|sets/`: real public data")]
    public void Offends_CitationOutsideTheRepository_IsFound(string path, string line) =>
        ExternalReferenceScanner.Offends(path, Sample(line)).ShouldBeTrue();

    [Theory]
    [InlineData("src/X/A.cs", "/// Formulas in docs/formulas/consensus.md §1.")]
    [InlineData("aggregation-methods/X/README.md", "[formulas](../../docs/formulas/consensus.md)")]
    [InlineData("docs/architecture.md", "- [formulas/leximin.md](formulas/leximin.md)")]
    [InlineData("tests/Shared/RepoPaths.cs", "// The PrefLib files in sha|red/datasets/preflib are read in place.")]
    [InlineData("src/X/A.cs", "/// on the reference instance this takes 18 stages; see docs/architecture.md.")]
    public void Offends_CitationInsideTheRepositoryOrTestDataLookup_IsAllowed(string path, string line) =>
        ExternalReferenceScanner.Offends(path, Sample(line)).ShouldBeFalse();

    /// <summary>
    /// The samples are written with a "|" inside each outside name, removed here, so that this file holds examples of
    /// citations without itself citing anything outside the repository.
    /// </summary>
    private static string Sample(string line) => line.Replace("|", "", StringComparison.Ordinal);
}
