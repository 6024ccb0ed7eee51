namespace CollectiveAlignment.Methods.Proportional.Axioms;

/// <summary>Result of checking one axiom on one committee.</summary>
public enum AxiomStatus
{
    /// <summary>The committee satisfies the axiom (checked exactly).</summary>
    Satisfied,

    /// <summary>The committee violates the axiom; a witness is given.</summary>
    Violated,

    /// <summary>The instance is too large for the exact check (PJR and EJR checking is coNP-complete, Aziz et al. 2018).</summary>
    Unknown,
}
