using EntityExtract.Tests.Infrastructure;
using System.Reflection;

namespace EntityExtract.Tests.PublicApi;

/// <summary>
/// Conventions of the public API. The API itself is declared in each package's <c>PublicAPI.Shipped.txt</c>
/// and <c>PublicAPI.Unshipped.txt</c> and checked on every build by Microsoft.CodeAnalysis.PublicApiAnalyzers
/// (RS0016: a public symbol that is not declared; RS0017: a declared symbol that is gone), so that every
/// change to it is a reviewed diff (NodaTime's convention). These tests guard that the check stays on and
/// that results stay immutable.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("src/EntityExtract")]
    [InlineData("src/EntityExtract.ML")]
    [InlineData("src/EntityExtract.Reporting")]
    public void Each_package_declares_its_api_with_nullability_and_the_analyzer_checks_it(string project)
    {
        string folder = Path.Combine(TestFiles.RepoRoot, project);
        foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            string path = Path.Combine(folder, file);
            Assert.True(File.Exists(path), $"missing {path}");

            // Without this first line the analyzer ignores nullability: 'string' and 'string?' would look alike.
            Assert.Equal("#nullable enable", File.ReadLines(path).First());
        }

        string csproj = File.ReadAllText(Path.Combine(folder, Path.GetFileName(project) + ".csproj"));
        Assert.Contains("<PackageReference Include=\"Microsoft.CodeAnalysis.PublicApiAnalyzers\"", csproj, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_types_are_immutable()
    {
        foreach (var type in new[] { typeof(ExtractionResult), typeof(Mention), typeof(Entity), typeof(Quote), typeof(ExtractionOptions) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                bool initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }

            foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
            {
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable field");
            }
        }
    }
}
