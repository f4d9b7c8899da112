using EntityExtract.Tools;

namespace EntityExtract.Tests.Infrastructure;

/// <summary>A fact that needs <c>../shared/data</c>: it is skipped, with the reason, when that data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (SharedData.PathTo(relativePath) is null)
        {
            Skip = $"needs ../shared/data/{relativePath}, which is absent";
        }
    }

    public string RelativePath { get; }
}
