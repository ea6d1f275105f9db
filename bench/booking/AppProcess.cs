using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Data;

namespace SciMuseum.Bench.Booking;

/// <summary>
/// The real application as its own process, `dotnet SciMuseum.Web.dll --urls http://127.0.0.1:port` from the web
/// project's build output of this configuration (Production, a fresh database with one empty museum), so its RSS and
/// CPU are its own and the load generator (this process) is apart (issue 19).
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@scimuseum.local";
    public const string AdminPassword = "Bench-Booking-2026";

    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private bool stopped;
    public string BaseUrl { get; }
    public int Pid => process.Id;

    private AppProcess(Process process, string baseUrl) => (this.process, BaseUrl) = (process, baseUrl);

    /// <summary>
    /// `--published`: run the ReadyToRun publish output instead (`dotnet publish src/SciMuseum.Web -c Release -r linux-x64`,
    /// bin/Release/net10.0/linux-x64/publish): the app's and its packages' code precompiled, less JIT'd code (issue 19, RSS).
    /// </summary>
    public static bool Published { get; set; }

    public static async Task<AppProcess> StartAsync(string provider, string connection, string logFile, bool requestLog)
    {
        var bin = AppContext.BaseDirectory.TrimEnd('/');
        var configuration = Path.GetFileName(Path.GetDirectoryName(bin)!); // bench/booking/bin/<Release>/net10.0
        var repo = new DirectoryInfo(bin);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "SciMuseum.slnx"))) repo = repo.Parent;
        var webBin = Path.Combine(repo?.FullName ?? throw new InvalidOperationException("run from the repository"),
            "src", "SciMuseum.Web", "bin", configuration, Path.GetFileName(bin));
        if (Published) webBin = Path.Combine(webBin, "linux-x64", "publish");
        var dll = Path.Combine(webBin, "SciMuseum.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException(Published
            ? $"{dll} is missing: dotnet publish src/SciMuseum.Web -c {configuration} -r linux-x64 first."
            : $"{dll} is missing: build the solution in {configuration} first.");

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = webBin, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["Database__Provider"] = provider;
        env["ConnectionStrings__SciMuseum"] = connection;
        env["SciMuseum__Demo"] = "none"; // a fresh database: one empty museum
        env["SciMuseum__Admin__Email"] = AdminEmail;
        env["SciMuseum__Admin__Password"] = AdminPassword;
        // Every attempt comes from 127.0.0.1: the per-IP flood limit would refuse all but 30 of them.
        env["Visitors__RateLimit__Permits"] = "1000000000";
        // The counseling key from configuration, as a deployment gives it (else the app writes one beside its build output).
        env["SciMuseum__Counseling__KeyId"] = "bench1";
        env["SciMuseum__Counseling__Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        env["Serilog__WriteTo__0__Name"] = "File";
        env["Serilog__WriteTo__0__Args__path"] = logFile;
        env["Serilog__WriteTo__0__Args__formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";
        // One console + file line per request is the app's default; 30,000 of them would drown the figures.
        if (!requestLog) env["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning";

        var app = new AppProcess(Process.Start(start)!, $"http://127.0.0.1:{port}");
        app.Drain(app.process.StandardOutput);
        app.Drain(app.process.StandardError);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (app.process.HasExited) throw new InvalidOperationException($"the app exited ({app.process.ExitCode}): {app.Tail()}");
            try
            {
                if ((await probe.GetAsync($"{app.BaseUrl}/health/ready")).IsSuccessStatusCode) return app;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (waited.Elapsed > TimeSpan.FromMinutes(5)) throw new InvalidOperationException($"the app did not answer in 5 minutes: {app.Tail()}");
            await Task.Delay(200);
        }
    }

    private void Drain(StreamReader reader) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (lastLines)
            {
                lastLines.Enqueue(line);
                if (lastLines.Count > 40) lastLines.Dequeue();
            }
    });

    private string Tail() { lock (lastLines) return string.Join('\n', lastLines); }

    /// <summary>A field of the app's /proc/&lt;pid&gt;/status in kB (VmRSS now, VmHWM its peak so far).</summary>
    public long StatusKb(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            if (line.StartsWith(field + ":")) return long.Parse(Regex.Match(line, @"\d+").Value);
        return 0;
    }

    /// <summary>
    /// CPU seconds the app has used so far (user + system, /proc/&lt;pid&gt;/stat): per request, the one figure of a run that
    /// does not move with what else the machine runs.
    /// </summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0; // clock ticks (USER_HZ = 100)
    }

    /// <summary>Stops the app as an operator would (SIGTERM), so its log is flushed; killed if it has not gone in 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped) return;
        stopped = true;
        if (process.HasExited) { process.Dispose(); return; }
        try { await Shell.RunAsync("kill", ["-TERM", Pid.ToString()]); } catch (InvalidOperationException) { }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { process.Kill(); }
        process.Dispose();
    }

    /// <summary>The app's database from this process, for set-up (a gate account) and the checks after each run; never for the load.</summary>
    public static ServiceProvider DatabaseServices(string provider, string connection)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider, ["ConnectionStrings:SciMuseum"] = connection,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddSciMuseumData(config, Path.GetTempPath());
        services.AddSciMuseumIdentity();
        return services.BuildServiceProvider();
    }
}
