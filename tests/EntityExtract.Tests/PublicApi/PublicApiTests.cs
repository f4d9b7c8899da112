using EntityExtract.Tests.Infrastructure;
using System.Reflection;
using System.Text;

namespace EntityExtract.Tests.PublicApi;

/// <summary>
/// The public API is recorded in an approved file, so that every change to it is a reviewed diff
/// (NodaTime's convention). When this fails, read the <c>.received.txt</c> file it writes next to the
/// approved one; if the change is intended, copy it over the approved file.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("EntityExtract")]
    [InlineData("EntityExtract.ML")]
    public void Public_api_matches_the_approved_file(string assemblyName)
    {
        var assembly = assemblyName == "EntityExtract" ? typeof(EntityExtractor).Assembly : typeof(EntityExtract.ML.EntityExtractCatalog).Assembly;
        string actual = Describe(assembly);
        string folder = Path.Combine(TestFiles.TestsFolder, "PublicApi");
        string approvedPath = Path.Combine(folder, assemblyName + ".approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(Path.Combine(folder, assemblyName + ".received.txt"), actual);
        }

        Assert.Equal(approved, actual);
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

    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}{Bases(type)}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Select(m => "  " + Member(m))
                .Order(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : "class";

    private static string Bases(Type t)
    {
        var parts = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            parts.Add(Name(b));
        }

        parts.AddRange(t.GetInterfaces().Where(i => i.IsPublic).Select(Name).Order(StringComparer.Ordinal));
        return parts.Count == 0 ? "" : " : " + string.Join(", ", parts);
    }

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}{(mi.IsGenericMethod ? "<" + string.Join(", ", mi.GetGenericArguments().Select(a => a.Name)) + ">" : "")}({Parameters(mi.GetParameters())})",
        PropertyInfo p => $"{((p.GetMethod?.IsStatic ?? false) ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) ? "init; " : "set; ") : "")}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral && !f.FieldType.IsEnum ? " = " + f.GetRawConstantValue() : f.IsLiteral ? " = " + Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {nested.Name}",
        _ => m.ToString() ?? m.Name,
    };

    private static string Parameters(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (!t.IsGenericType)
        {
            return t.IsGenericParameter ? t.Name : t.FullName ?? t.Name;
        }

        var sb = new StringBuilder();
        string name = (t.GetGenericTypeDefinition().FullName ?? t.Name);
        sb.Append(name.AsSpan(0, name.IndexOf('`', StringComparison.Ordinal)));
        sb.Append('<').Append(string.Join(", ", t.GetGenericArguments().Select(Name))).Append('>');
        return sb.ToString();
    }
}
