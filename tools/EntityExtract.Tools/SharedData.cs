namespace EntityExtract.Tools;

/// <summary>Finds <c>../shared/data</c> (the annotated corpora) by walking up from a start folder.</summary>
public static class SharedData
{
    /// <summary>The data folder, or <see langword="null"/> when it is not beside the repository.</summary>
    public static string? Root { get; } = Find();

    /// <summary>A path inside the data folder, or <see langword="null"/> when it is absent.</summary>
    /// <param name="relative">A path relative to the data folder, such as <c>conll2003/eng.testa</c>.</param>
    public static string? PathTo(string relative)
    {
        if (Root is null)
        {
            return null;
        }

        string path = Path.Combine(Root, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string? Find()
    {
        string? env = Environment.GetEnvironmentVariable("ENTITYEXTRACT_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }

                dir = dir.Parent;
            }
        }

        return null;
    }
}
