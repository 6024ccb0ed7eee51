using System.CommandLine;

namespace CollectiveAlignment.Cli.Tests;

/// <summary>A temporary folder for the files a test hands to <c>calign</c>, and the app run in memory with its output captured.</summary>
internal sealed class CliSandbox(string prefix) : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CalignApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CalignApp.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
