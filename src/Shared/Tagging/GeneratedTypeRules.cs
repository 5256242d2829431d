using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// Which types get generated export, erasure and redaction code and a place in the record of processing: classes and
    /// record classes that code at namespace level of the same assembly can name. The generator writes code only for them;
    /// the analyzers report a tag on a member of any other type (PII003), whose tag would otherwise have no effect.
    /// </summary>
    internal static class GeneratedTypeRules
    {
        /// <summary>Tells whether generated code can be written for <paramref name="type"/>.</summary>
        /// <param name="type">The type.</param>
        /// <param name="isPublic">Whether the type and every type it is nested in are public (the generated code is public too).</param>
        /// <returns>Whether code is generated for it.</returns>
        public static bool CanGenerateFor(INamedTypeSymbol type, out bool isPublic) => Problem(type, out isPublic) is null;

        /// <summary>Why no code can be generated for <paramref name="type"/>, and what to do, or null when it can.</summary>
        /// <param name="type">The type.</param>
        /// <returns>The problem, worded to follow "cannot be honoured: ".</returns>
        public static string? Problem(INamedTypeSymbol type) => Problem(type, out _);

        /// <summary>
        /// The class another assembly's build generated for <paramref name="type"/>, when this assembly's generated code can
        /// call it to export, erase and redact an object of the type inside the object that holds it: a public static class of
        /// the type's namespace with public <c>WritePersonalDataMembers</c>, <c>ErasePersonalDataMembers</c> and
        /// <c>AppendRedacted</c> for the type. <see langword="null"/> when there is none: the type is generic or not public,
        /// its project generated nothing for it (it has no tag and no <c>[DataSubject]</c> of its own), or that project was
        /// built with a Pii that kept those methods internal.
        /// </summary>
        public static INamedTypeSymbol? CallableClassOf(INamedTypeSymbol type)
        {
            if (type.IsGenericType || type.ContainingNamespace is not { } ns || !CanGenerateFor(type, out bool isPublic) || !isPublic)
            {
                return null;
            }

            return CallableClasses.GetValue(ns, ReadCallableClasses).TryGetValue((INamedTypeSymbol)type.OriginalDefinition, out INamedTypeSymbol? found) ? found : null;
        }

        // Per namespace of another assembly, read once: which of its types have generated classes this assembly can call.
        private static readonly ConditionalWeakTable<INamespaceSymbol, Dictionary<INamedTypeSymbol, INamedTypeSymbol>> CallableClasses = new();

        private static readonly ConditionalWeakTable<INamespaceSymbol, Dictionary<INamedTypeSymbol, INamedTypeSymbol>>.CreateValueCallback ReadCallableClasses = ns =>
        {
            var classes = new Dictionary<INamedTypeSymbol, INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol candidate in ns.GetTypeMembers())
            {
                if (!candidate.IsStatic || candidate.DeclaredAccessibility != Accessibility.Public || candidate.Name.IndexOf("PersonalData", System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (ISymbol member in candidate.GetMembers("WritePersonalDataMembers"))
                {
                    if (CalledFor(member, "System.Text.Json.Utf8JsonWriter", "Pii.Export.ExportScope") is { } target
                        && HasPublic(candidate, "ErasePersonalDataMembers", target, "Pii.Erasure.ErasureContext", "string")
                        && HasPublic(candidate, "AppendRedacted", target, "System.Text.StringBuilder", "Pii.Redaction.RedactionOptions")
                        && !classes.ContainsKey(target))
                    {
                        classes.Add(target, candidate);
                    }
                }
            }

            return classes;
        };

        /// <summary>
        /// The type a generated static method is for (its first parameter's), when it is public and its other two parameters
        /// are of the types this generator passes (display names without <c>global::</c>): a class another version wrote
        /// with other parameters is not called.
        /// </summary>
        private static INamedTypeSymbol? CalledFor(ISymbol member, string second, string third) =>
            member is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public, IsGenericMethod: false, Parameters.Length: 3 } method
            && method.Parameters[0].Type is INamedTypeSymbol target
            && method.Parameters[1].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == second
            && method.Parameters[2].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == third
                ? (INamedTypeSymbol)target.OriginalDefinition
                : null;

        private static bool HasPublic(INamedTypeSymbol generated, string name, INamedTypeSymbol target, string second, string third)
        {
            foreach (ISymbol member in generated.GetMembers(name))
            {
                if (CalledFor(member, second, third) is { } other && SymbolEqualityComparer.Default.Equals(other, target))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The type inside a member's type (the type itself, an array's element, a type argument, at any depth) that code at
        /// namespace level of its assembly cannot name: a private, protected or file-local type (<c>private enum Mood</c>).
        /// Generated code cannot declare a value of it, so the generator leaves such a member out and PII003 reports its tag.
        /// <see langword="null"/> when every part can be named.
        /// </summary>
        public static INamedTypeSymbol? Unnameable(ITypeSymbol? type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Unnameable(array.ElementType);
                case INamedTypeSymbol named:
                    for (INamedTypeSymbol? level = named; level is not null; level = level.ContainingType)
                    {
                        if (level.IsFileLocal || level.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                        {
                            return named;
                        }
                    }

                    foreach (ITypeSymbol argument in named.TypeArguments)
                    {
                        if (Unnameable(argument) is { } inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static string? Problem(INamedTypeSymbol type, out bool isPublic)
        {
            isPublic = true;
            if (type.TypeKind == TypeKind.Struct)
            {
                return $"generated code is written for classes and records, and {type.Name} is a struct, so Pii generates no export, erasure or redaction for its members and the record of processing does not list them; make {type.Name} a class or a record class";
            }

            if (type.TypeKind != TypeKind.Class)
            {
                return $"generated code is written for classes and records, and {type.Name} is not one, so Pii generates nothing for its members; tag the members of the classes that implement it";
            }

            if (type.IsStatic || type.IsImplicitlyDeclared)
            {
                return $"generated code is written for instance members of classes, and {type.Name} has none";
            }

            if (type.IsFileLocal)
            {
                return $"{type.Name} is file-local, so the generated export, erasure and redaction code cannot name it and the record of processing does not list its members; declare it without 'file'";
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                switch (current.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                        break;
                    case Accessibility.Internal:
                    case Accessibility.ProtectedOrInternal:
                        isPublic = false;
                        break;
                    default:
                        string which = SymbolEqualityComparer.Default.Equals(current, type) ? type.Name : $"{type.Name}'s containing type {current.Name}";
                        return $"{which} is {Describe(current.DeclaredAccessibility)}, so the generated export, erasure and redaction code cannot name {type.Name} and the record of processing does not list its members; make it internal or public";
                }

                if (!SymbolEqualityComparer.Default.Equals(current, type) && current.IsGenericType)
                {
                    return $"{type.Name} is nested in the generic type {current.Name}, so the generated export, erasure and redaction code cannot name it and the record of processing does not list its members; move it out of {current.Name}";
                }
            }

            foreach (ITypeParameterSymbol parameter in type.TypeParameters)
            {
                // The generated methods are generic over the same names, and their own parameters and locals (value, writer,
                // item, nameValue) start with a lower-case letter or '_': a type parameter named so would clash with them.
                if (parameter.Name.Length > 0 && (char.IsLower(parameter.Name[0]) || parameter.Name[0] == '_'))
                {
                    return $"{type.Name}'s type parameter '{parameter.Name}' starts with a lower-case letter or '_', as the parameters and locals of the generated methods, which are generic over the same names, do, so their code would not compile; rename it to start with an upper-case letter ({Conventional(parameter.Name)})";
                }

                // Inside those methods the type parameter also hides a member of the generated class with its name.
                if (GeneratedClassMember(type, parameter.Name) is { } member)
                {
                    return $"{type.Name}'s type parameter '{parameter.Name}' has the name of {member}, which the generated methods, generic over the same names, would read as the type parameter, so their code would not compile; rename it (T{parameter.Name})";
                }
            }

            return null;
        }

        /// <summary>The generated class's methods, which a type parameter of the same name would hide.</summary>
        private static readonly string[] GeneratedMethods =
            { "WritePersonalData", "WritePersonalDataMembers", "ErasePersonalData", "ErasePersonalDataMembers", "ToRedactedString", "AppendRedacted" };

        /// <summary>
        /// The endings of what the generated class declares for a member: the fields <c>EmailName</c>, <c>EmailPurposes</c>,
        /// ... (MetadataEmitter) and, for an enum, the method <c>MoodText</c> (ExportEmitter). Keep in step with them.
        /// </summary>
        private static readonly string[] GeneratedMemberEndings = { "Name", "Purposes", "AccessJson", "PortabilityJson", "SpecialCategory", "Condition", "Text" };

        /// <summary>
        /// What of the generated class <paramref name="name"/> names: one of its methods, or a field it may write for a
        /// property or field of the type (a member of that name is enough; whether it is tagged is not asked); else null.
        /// </summary>
        private static string? GeneratedClassMember(INamedTypeSymbol type, string name)
        {
            if (Array.IndexOf(GeneratedMethods, name) >= 0)
            {
                return $"the generated class's method {name}";
            }

            foreach (string ending in GeneratedMemberEndings)
            {
                if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
                {
                    string member = name.Substring(0, name.Length - ending.Length);
                    for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
                    {
                        if (current.GetMembers(member).Any(m => m is IPropertySymbol or IFieldSymbol))
                        {
                            return $"the generated class's {(ending == "Text" ? "method" : "field")} for {member}";
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>A type parameter's name by the convention: <c>value</c> → <c>TValue</c>.</summary>
        private static string Conventional(string name)
        {
            string word = name.TrimStart('_');
            return word.Length == 0 ? "T" : "T" + char.ToUpperInvariant(word[0]) + word.Substring(1);
        }

        private static string Describe(Accessibility accessibility) => accessibility switch
        {
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "not visible to the rest of the assembly",
        };
    }
}
