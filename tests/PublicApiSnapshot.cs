using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Iso27k.Tests.Shared;

// Linked into every test project: a reflection dump of an assembly's public API compared with an approved file
// beside the test, so every public change is deliberate. To accept a change, run the tests once with
// ISO27K_APPROVE_API=1 and commit the updated PublicApi.approved.txt.
internal static class PublicApiSnapshot
{
    public static void Verify(Assembly assembly)
    {
        var actual = Describe(assembly);

        // This file is compiled into each test project, so its own assembly names the folder of the approved file.
        // (CallerFilePath would not do: CI builds map source paths to /_/.)
        var testProject = typeof(PublicApiSnapshot).Assembly.GetName().Name!;
        var approvedPath = Path.Combine(RepositoryRoot(), "tests", testProject, "PublicApi.approved.txt");
        if (Environment.GetEnvironmentVariable("ISO27K_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            var expectedLines = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
            var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            var added = actualLines.Except(expectedLines).Take(20).Select(l => "+ " + l);
            var removed = expectedLines.Except(actualLines).Take(20).Select(l => "- " + l);
            throw new Xunit.Sdk.XunitException(
                $"The public API of {assembly.GetName().Name} changed. If deliberate, run the tests with ISO27K_APPROVE_API=1 and commit {approvedPath}.\n" +
                string.Join("\n", removed.Concat(added)));
        }
    }

    private static string RepositoryRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            var bases = new List<string>();
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
            {
                bases.Add(Name(baseType));
            }

            bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
            if (bases.Count > 0)
            {
                text.Append(" : ").AppendJoin(", ", bases);
            }

            text.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            if (type.IsEnum)
            {
                members.AddRange(Enum.GetNames(type).Select(n => $"  {n} = {Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)}"));
            }
            else
            {
                members.AddRange(type.GetConstructors(flags).Select(c => $"  ctor({Parameters(c)})"));
                members.AddRange(type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))
                    .Select(m => $"  {(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})"));
                members.AddRange(type.GetProperties(flags).Select(p =>
                    $"  {(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name}{Indexer(p)} {{{(p.GetMethod?.IsPublic == true ? " get;" : string.Empty)}{(p.SetMethod?.IsPublic == true ? " set;" : string.Empty)} }}"));
                members.AddRange(type.GetFields(flags).Select(f => $"  {(f.IsStatic ? "static " : string.Empty)}{(f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}"));
                members.AddRange(type.GetEvents(flags).Select(e => $"  event {Name(e.EventHandlerType!)} {e.Name}"));
            }

            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                text.Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
        : type.IsAbstract && type.IsSealed ? "static class"
        : type.IsSealed ? "sealed class"
        : type.IsAbstract ? "abstract class"
        : "class";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Indexer(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        return parameters.Length == 0 ? string.Empty : "[" + string.Join(", ", parameters.Select(p => Name(p.ParameterType))) + "]";
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? type.Name : type.Namespace + "." + type.Name);
        if (type.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            name += "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
