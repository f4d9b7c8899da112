using System.Diagnostics;

namespace EntityExtract.Tests.Reporting;

/// <summary>Runs headless Chromium on a local file, with the flags this machine needs (no network, no first-run work).</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM");
        foreach (string? candidate in new[] { configured, "/usr/bin/chromium" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs Chromium once with a fresh profile; returns what it wrote to standard output and standard error.</summary>
    public static (string Stdout, string Stderr) Run(string workFolder, params string[] arguments)
    {
        string profile = System.IO.Path.Combine(workFolder, "profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("no chromium"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Without the background-networking flags Chromium tries to reach Google's services at every start,
        // which a closed network refuses (/work/.library/env/machines/dotnet.md); --no-sandbox because tests run as root.
        foreach (string flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--enable-logging=stderr", "--v=0",
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 120 s: " + string.Join(' ', arguments));
        }

        process.WaitForExit();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile folder Chromium still holds is left for the temp cleaner.
        }

        return (stdout.Result, stderr.Result);
    }
}
