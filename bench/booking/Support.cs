using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Bench.Booking;

/// <summary><c>booking --postgres --clients 100</c>: the first bare word is the mode, <c>--x</c> a flag or an option with a value.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> values = new();
    public string Mode { get; } = "booking";

    public Options(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--")) { Mode = args[i]; continue; }
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
            values[args[i][2..]] = hasValue ? args[++i] : null;
        }
    }

    public bool Flag(string name) => values.ContainsKey(name);
    public string? Get(string name) => values.GetValueOrDefault(name);
    public int Int(string name, int fallback) => values.GetValueOrDefault(name) is { } v ? int.Parse(v) : fallback;
}

/// <summary>A throw-away PostgreSQL cluster on a free localhost port, as scripts/test.sh starts one (owned by postgres when run as root).</summary>
internal sealed class PgCluster : IAsyncDisposable
{
    public string Bin { get; }
    public string Dir { get; }
    public int Port { get; }
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=200";

    private PgCluster(string bin, string dir, int port) => (Bin, Dir, Port) = (bin, dir, port);

    public static string FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
                .LastOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? throw new InvalidOperationException("PostgreSQL's initdb is missing (apt-get install postgresql).")
            : throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql).");

    public static async Task<PgCluster> StartAsync()
    {
        var bin = FindBin();
        var dir = Directory.CreateTempSubdirectory("scimuseum-bench-pg-").FullName;
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        if (IsRoot) await Shell.RunAsync("chown", ["postgres", dir]);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await AsPostgres(Path.Combine(bin, "initdb"), ["-D", $"{dir}/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        // PostgreSQL's own defaults (fsync and synchronous commit on): the durability a museum would run with.
        await AsPostgres(Path.Combine(bin, "pg_ctl"), ["-D", $"{dir}/data", "-l", $"{dir}/log", "-w", "start",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=128MB"]);
        return new PgCluster(bin, dir, port);
    }

    public static bool IsRoot => Environment.UserName == "root";

    public static Task<string> AsPostgres(string file, IEnumerable<string> args) =>
        IsRoot ? Shell.RunAsync("runuser", ["-u", "postgres", "--", file, .. args]) : Shell.RunAsync(file, args);

    public async ValueTask DisposeAsync()
    {
        try { await AsPostgres(Path.Combine(Bin, "pg_ctl"), ["-D", $"{Dir}/data", "-m", "immediate", "stop"]); } catch (InvalidOperationException) { }
        Directory.Delete(Dir, recursive: true);
    }
}

internal static class Shell
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {await error}{await output}");
        return await output + await error;
    }
}

/// <summary>Distinct resident IDs (居民身份证) with valid birth dates and check characters: 999 per birth date.</summary>
internal static class ResidentIds
{
    public static string Make(int i)
    {
        var first17 = $"110101{new DateOnly(1950, 1, 1).AddDays(i / 999):yyyyMMdd}{i % 999 + 1:000}";
        return first17 + IdDocuments.CheckCharacter(first17);
    }
}

/// <summary>A process's resident set (read by <c>rss</c>, in kB), sampled every 50 ms while a run goes on.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    public long PeakKb { get; private set; }

    public RssSampler(Func<long> rss) => loop = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            PeakKb = Math.Max(PeakKb, rss());
            try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
        }
    });

    public static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field + ":")) return long.Parse(Regex.Match(line, @"\d+").Value);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        await loop;
    }
}

internal static class Percentile
{
    public static double Of(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
