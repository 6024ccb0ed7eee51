using System.Text.RegularExpressions;
using CollectiveAlignment.Web.Components.Layout;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Localisation;

/// <summary>
/// Every resource key the portal's pages and e-mails name exists in the neutral resource file of its localizer's type,
/// and resolves at run time (a missing key would otherwise render as its own name).
/// </summary>
public sealed partial class ResourceKeysTests
{
    private static readonly string ProjectDirectory = RepoPaths.RepoFile("src", "CollectiveAlignment.Web");

    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath }),
        NullLoggerFactory.Instance);

    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+(\w+)")]
    private static partial Regex Declaration();

    /// <summary>Each localised source file: its path, the localizer's type and the literal keys it uses.</summary>
    public static TheoryData<string, string, string[]> LocalisedFiles()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var (file, typeName, keys) in Scan())
        {
            data.Add(file, typeName, keys);
        }

        return data;
    }

    private static List<(string File, string TypeName, string[] Keys)> Scan()
    {
        var found = new List<(string, string, string[])>();
        foreach (var file in Directory.EnumerateFiles(ProjectDirectory, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            foreach (Match declaration in Declaration().Matches(source))
            {
                var name = Regex.Escape(declaration.Groups[2].Value);
                var keys = Regex.Matches(source, $@"\b{name}(?:\[\s*|\.Html\(\s*)""([^""]+)""")
                    .Select(m => m.Groups[1].Value)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                found.Add((Path.GetRelativePath(ProjectDirectory, file).Replace('\\', '/'), declaration.Groups[1].Value, keys));
            }
        }

        return found;
    }

    [Theory]
    [MemberData(nameof(LocalisedFiles))]
    public void Keys_UsedInSource_ExistInTheNeutralResourceFile(string file, string typeName, string[] keys)
    {
        var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
        var type = typeof(Program).Assembly.GetType($"CollectiveAlignment.Web.{folder.Replace('/', '.')}.{typeName}");
        type.ShouldNotBeNull($"{file}: the localizer's type {typeName} must sit in the file's own folder, so its resource file can be found");
        var resx = Path.Combine(ProjectDirectory, LocalisationServiceCollectionExtensions.ResourcesPath, folder, typeName + ".resx");
        File.Exists(resx).ShouldBeTrue($"{file} needs {Path.GetRelativePath(ProjectDirectory, resx)}");
        var localizer = Factory.Create(type);

        foreach (var key in keys)
        {
            localizer[key].ResourceNotFound.ShouldBeFalse($"{file} uses the key '{key}', missing from {typeName}.resx");
        }
    }

    [Fact]
    public void LocalisedFiles_CoverTheParticipantPagesAndEmails()
    {
        var scanned = Scan();
        var files = scanned.Select(row => row.File).ToList();

        files.ShouldContain("Components/Pages/Home.razor");
        files.ShouldContain("Components/Layout/NavMenu.razor");
        files.ShouldContain("Components/Account/Pages/Login.razor");
        files.ShouldContain("Components/Account/Pages/Register.razor");
        files.ShouldContain("Infrastructure/Email/IdentityEmailSender.cs");
        files.ShouldContain("Features/Recruitment/SignUp/JoinPage.razor");
        files.ShouldContain("Features/Recruitment/SignUp/WithdrawPage.razor");
        files.ShouldContain("Features/Recruitment/SignUp/PanelsPage.razor");
        files.ShouldContain("Features/Recruitment/SignUp/SignUpHandler.cs");
        files.ShouldContain("Features/Recruitment/Invitations/InvitationAnswerPage.razor");
        files.ShouldContain("Features/Recruitment/Invitations/InvitationEmails.cs");
        files.ShouldContain("Areas/Participate/ParticipateHome.razor");
        files.ShouldContain("Components/Account/Pages/Manage/Sessions.razor");
        scanned.Sum(row => row.Keys.Length).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void NavMenu_AreaTitles_AreResourceKeys()
    {
        var localizer = Factory.Create(typeof(NavMenu));

        foreach (var area in NavMenu.Areas)
        {
            localizer[area.Title].ResourceNotFound.ShouldBeFalse(area.Title);
        }
    }

    [Fact]
    public void Localizer_UnknownKey_IsReportedMissing()
    {
        Factory.Create(typeof(NavMenu))["NoSuchKey"].ResourceNotFound.ShouldBeTrue();
    }
}
