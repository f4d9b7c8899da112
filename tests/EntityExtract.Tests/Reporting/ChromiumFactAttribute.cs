namespace EntityExtract.Tests.Reporting;

/// <summary>
/// A fact that needs a real browser: Debian's <c>chromium</c> at <c>/usr/bin/chromium</c> (or the path in
/// <c>CHROMIUM</c>). Skipped, with the reason, when there is none; <c>.ci/run</c> installs it when it can.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "needs Chromium (/usr/bin/chromium, or set CHROMIUM): install Debian's chromium package to run the browser test";
        }
    }
}
