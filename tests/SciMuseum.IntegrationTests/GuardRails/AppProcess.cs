using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>The real app as a separate process (the built SciMuseum.Web.dll, no launch profile), to be killed like a crashed server.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    public Uri Address { get; }

    private AppProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> env, string workingDirectory, TimeSpan timeout)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(WebDll());
        info.ArgumentList.Add("--no-launch-profile");
        foreach (var (k, v) in env) info.Environment[k] = v;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited) break;
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200); // polling a starting process: nothing to wait on but its port
        }
        app.Kill();
        lock (output) throw new InvalidOperationException($"The app did not become ready in {timeout.TotalSeconds} s:{Environment.NewLine}{output}");
    }

    /// <summary>kill -9: no shutdown, no flushing.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web app's own build output (with its runtimeconfig), found from the test's output folder.</summary>
    private static string WebDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent?.Parent?.Name ?? "Debug"; // …/bin/<Configuration>/net10.0/
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "SciMuseum.Web", "bin", configuration, "net10.0", "SciMuseum.Web.dll");
            if (File.Exists(dll)) return dll;
        }
        var local = Path.Combine(AppContext.BaseDirectory, "SciMuseum.Web.dll");
        return File.Exists(Path.Combine(AppContext.BaseDirectory, "SciMuseum.Web.runtimeconfig.json")) ? local
            : throw new FileNotFoundException("SciMuseum.Web.dll (build the solution first)");
    }
}
