namespace CollectiveAlignment.Methods.Proportional.Axioms;

/// <summary>Which justified-representation axioms a committee satisfies.</summary>
/// <param name="Jr">Justified representation.</param>
/// <param name="Pjr">Proportional justified representation.</param>
/// <param name="Ejr">Extended justified representation.</param>
public sealed record RepresentationReport(AxiomCheck Jr, AxiomCheck Pjr, AxiomCheck Ejr);
