using System.Reflection;
using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.PublicApi;

/// <summary>
/// The public API is a contract with every program that references the package: any change to it must
/// be deliberate. The test lists every public type and member and compares the list with the approved
/// file; on a difference it writes <c>ClaimCompare.received.txt</c> beside it for review. To approve a
/// change, copy the received file over the approved one.
/// </summary>
[TestFixture]
public sealed class PublicApiTests
{
    [Test]
    public void Public_api_matches_the_approved_listing()
    {
        var listing = Describe(typeof(ClaimComparer).Assembly);
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCompare.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "ClaimCompare.approved.txt");
        var receivedPath = Path.Combine(folder, "ClaimCompare.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != listing)
        {
            File.WriteAllText(receivedPath, listing);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        listing.Should().Be(approved, "the public API changed; review {0} and copy it over the approved file if the change is deliberate", receivedPath);
    }

    [Test]
    public void Every_public_type_lives_in_a_pipeline_namespace()
    {
        var allowed = new[] { "ClaimCompare", "ClaimCompare.Model", "ClaimCompare.Reading", "ClaimCompare.Text", "ClaimCompare.Extraction", "ClaimCompare.Attribution", "ClaimCompare.Sources", "ClaimCompare.Comparison", "ClaimCompare.Reporting", "ClaimCompare.Pipeline" };
        typeof(ClaimComparer).Assembly.GetExportedTypes().Select(t => t.Namespace).Distinct().Should().BeSubsetOf(allowed);
    }

    private static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(Name(type)).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m.Name != "<Clone>$" && m.Name != "EqualityContract")
                .Select(Member)
                .Distinct()
                .OrderBy(m => m, StringComparer.Ordinal);
            foreach (var member in members)
            {
                sb.Append("    ").Append(member).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : string.Empty)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {Name(t)}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = default" : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.FullName ?? type.Name;
        if (type.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            name = (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name.Replace("System.Collections.Immutable.", string.Empty, StringComparison.Ordinal)
            .Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
            .Replace("System.Threading.Tasks.", string.Empty, StringComparison.Ordinal)
            .Replace("System.Threading.", string.Empty, StringComparison.Ordinal)
            .Replace("System.", string.Empty, StringComparison.Ordinal);
    }
}
