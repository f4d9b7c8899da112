using EntityExtract.Reporting;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tests.PublicApi;

namespace EntityExtract.Tests.Reporting;

/// <summary>
/// The public API of <c>EntityExtract.Reporting</c> is recorded in an approved file, like the library's
/// (see <see cref="PublicApiTests"/>): when this fails, read the <c>.received.txt</c> file written next to it.
/// </summary>
public class ReportingPublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        string actual = PublicApiTests.Describe(typeof(HtmlReport).Assembly);
        string folder = Path.Combine(TestFiles.TestsFolder, "Reporting");
        string approvedPath = Path.Combine(folder, "EntityExtract.Reporting.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(Path.Combine(folder, "EntityExtract.Reporting.received.txt"), actual);
        }

        Assert.Equal(approved, actual);
    }
}
