using System.Reflection;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>
/// Builds the <see cref="MethodRegistry"/> a host lists: the built-in method families shipped beside it plus the plug-ins of a
/// folder. The portal and <c>calign</c> both call <see cref="BuildBuiltIn"/>, so they list the same catalog.
/// </summary>
public static class MethodCatalog
{
    /// <summary>The file-name pattern of the built-in method families shipped beside a host.</summary>
    public const string BuiltInFamilyPattern = "CollectiveAlignment.Methods.*.dll";

    /// <summary>Builds from the built-in assemblies plus every plug-in in <paramref name="pluginsFolder"/> (when given and present).</summary>
    /// <exception cref="MethodRegistrationException">A method or plug-in fails validation; the message names it.</exception>
    public static MethodRegistry Build(IEnumerable<Assembly> builtIn, string? pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        var all = builtIn.ToList();
        if (!string.IsNullOrEmpty(pluginsFolder) && Directory.Exists(pluginsFolder))
        {
            all.AddRange(PluginFolder.Load(pluginsFolder));
        }

        return MethodRegistry.Build(all);
    }

    /// <summary>
    /// Builds from every built-in family shipped beside the host (<see cref="BuiltInFamilyPattern"/> in
    /// <paramref name="applicationDirectory"/>) plus the plug-ins folder: the families a host ships are the families it lists.
    /// </summary>
    /// <exception cref="MethodRegistrationException">A method or plug-in fails validation; the message names it.</exception>
    public static MethodRegistry BuildBuiltIn(string applicationDirectory, string? pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(applicationDirectory);
        var families = Directory.EnumerateFiles(applicationDirectory, BuiltInFamilyPattern)
            .Where(path => !path.EndsWith(".Tests.dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .ToList();
        return Build(families, pluginsFolder);
    }
}
