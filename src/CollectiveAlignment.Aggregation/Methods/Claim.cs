namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>A method's tri-state claim about an <see cref="Axiom"/>.</summary>
public enum Claim
{
    /// <summary>Not stated, or not known for this variant.</summary>
    Unknown,

    /// <summary>The method satisfies the axiom (checked by property tests).</summary>
    Satisfies,

    /// <summary>The method violates the axiom (shown by a literature counterexample).</summary>
    Violates,
}
