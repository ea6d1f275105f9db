using System.Diagnostics;
using UglyToad.PdfPig;

namespace SciMuseum.IntegrationTests.Reporting;

/// <summary>
/// The report as an outside check runs it: the built command line seeds the 2020 demo into a fresh SQLite file, then
/// writes each demo museum's PDF from that museum's records only (the installation holds three). SQLite only: this
/// checks the command line host; the report itself runs on both databases in <see cref="AnnualReportTests"/>.
/// </summary>
public sealed class CommandLineReportTests
{
    [Fact]
    public async Task The_command_line_writes_each_demo_museums_report_from_its_own_records()
    {
        var dir = Directory.CreateTempSubdirectory("scimuseum-cli-");
        try
        {
            var seeded = await RunAsync(dir.FullName, "seed", "--demo", "2020");
            Assert.True(seeded.Exit == 0, seeded.Output);
            var written = await RunAsync(dir.FullName, "report", "--year", "2020", "--format", "pdf", "--out", "nanyang.pdf");
            Assert.True(written.Exit == 0, written.Output);
            var nanyang = PdfText(Path.Combine(dir.FullName, "nanyang.pdf"));
            foreach (var figure in AnnualReportTests.SeedFigures) Assert.Contains(figure, nanyang);

            // Another museum of the installation has no template yet: it is told so, and nothing is written.
            var (exit, output) = await RunAsync(dir.FullName, "report", "--year", "2020", "--format", "pdf", "--museum", "wandong", "--out", "wandong.pdf");
            Assert.Equal(1, exit);
            Assert.Contains("本馆还没有这种报告的模板", output);
            Assert.False(File.Exists(Path.Combine(dir.FullName, "wandong.pdf")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "");
    }

    /// <summary>Runs the command line built beside these tests (same configuration) in the folder, and waits for it to end.</summary>
    private static async Task<(int Exit, string Output)> RunAsync(string folder, params string[] arguments)
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory); // tests/X/bin/<Configuration>/net10.0/
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SciMuseum.slnx"))) root = root.Parent;
        Assert.NotNull(root);
        var cli = Path.Combine(root.FullName, "src", "SciMuseum.Cli", "bin", configuration, "net10.0", "scimuseum.dll");
        Assert.True(File.Exists(cli), $"{cli} is built with the solution");

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // The default database (SQLite in ./data), whatever the test run set for the web host.
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("ConnectionStrings__SciMuseum");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, $"scimuseum {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
