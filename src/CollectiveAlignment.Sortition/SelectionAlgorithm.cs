namespace CollectiveAlignment.Sortition;

/// <summary>The panel selection algorithms.</summary>
public enum SelectionAlgorithm
{
    /// <summary>Lexicographically maximal selection probabilities (Flanigan et al., Nature 2021).</summary>
    Leximin,

    /// <summary>The greedy quota-filling draw used by sortition organisations before LEXIMIN.</summary>
    Legacy,

    /// <summary>Stratified random sampling with proportional allocation over full profiles (survey recruitment).</summary>
    Stratified,
}
