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

        findings.ShouldBeEmpty("cite docs/ (conventions.md, reference/…) instead:\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("Directory.Build.props", "<!-- Settings live here (STYLE.md §4). -->")]
    [InlineData("src/X/A.cs", "/// See ARCHITECTURE.md: deterministic results.")]
    [InlineData("src/X/A.cs", "/// Formulas in shared/reference/consensus-formulas.md §1.")]
    [InlineData("aggregation-methods/X/README.md", "summarised in `reference/consensus-formulas.md`")]
    [InlineData("src/X/A.cs", "/// Formulas in docs/reference/consensus-formulas.md §1.")]
    [InlineData("docs/architecture.md", "- [reference/leximin.md](reference/leximin.md)")]
    [InlineData("tests/X/T.cs", "/// The elections in ../shared/datasets/preflib.")]
    [InlineData("tests/data/polis/SOURCE.md", "Copied from `shared/datasets/polis/`.")]
    [InlineData("docs/architecture.md", "- `datasets/`: real public data")]
    public void Offends_CitationOutsideTheRepository_IsFound(string path, string line) =>
        ExternalReferenceScanner.Offends(path, line).ShouldBeTrue();

    [Theory]
    [InlineData("src/X/A.cs", "/// Formulas in docs/formulas/consensus.md §1.")]
    [InlineData("aggregation-methods/X/README.md", "[formulas](../../docs/formulas/consensus.md)")]
    [InlineData("docs/architecture.md", "- [formulas/leximin.md](formulas/leximin.md)")]
    [InlineData("tests/Shared/RepoPaths.cs", "// The PrefLib files in shared/datasets/preflib are read in place.")]
    [InlineData("src/X/A.cs", "/// on the reference instance this takes 18 stages; see docs/architecture.md.")]
    public void Offends_CitationInsideTheRepositoryOrTestDataLookup_IsAllowed(string path, string line) =>
        ExternalReferenceScanner.Offends(path, line).ShouldBeFalse();
}
