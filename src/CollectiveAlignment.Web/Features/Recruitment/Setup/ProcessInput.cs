using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>What a researcher enters to create a process.</summary>
/// <param name="Slug">The public address segment (lower-case letters, digits and hyphens).</param>
/// <param name="Topic">The topic put to the panel.</param>
/// <param name="PanelSize">The panel's seats.</param>
/// <param name="Algorithm">The selection algorithm.</param>
/// <param name="PublicSeed">The seed to announce; a random one is chosen when empty.</param>
public sealed record ProcessInput(string Slug, string Topic, int PanelSize, SelectionAlgorithm Algorithm, string? PublicSeed);
