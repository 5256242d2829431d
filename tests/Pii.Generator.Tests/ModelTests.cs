using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Pii.Generator.Model;

namespace Pii.Generator.Tests;

public class ModelTests
{
    /// <summary>Symbols, syntax, locations and the compilation would defeat caching and keep compilations alive.</summary>
    [Fact]
    public void The_model_holds_no_symbols_syntax_locations_or_compilation()
    {
        var visited = new HashSet<Type>();
        var problems = new List<string>();
        Walk(typeof(TypeSpec), visited, problems, "TypeSpec");

        Assert.Empty(problems);
        Assert.Contains(typeof(MemberSpec), visited);
        Assert.Contains(typeof(PurposeSpec), visited);
    }

    [Fact]
    public void Model_types_compare_by_value()
    {
        var first = new PurposeSpec("Marketing", LegalBasis.Consent, "P2Y", null);
        var second = new PurposeSpec("Marketing", LegalBasis.Consent, "P2Y", null);
        var array1 = new EquatableArray<PurposeSpec>([first]);
        var array2 = new EquatableArray<PurposeSpec>([second]);

        Assert.Equal(array1, array2);
        Assert.Equal(array1.GetHashCode(), array2.GetHashCode());
        Assert.NotEqual(array1, new EquatableArray<PurposeSpec>([first with { Retention = "P3Y" }]));
    }

    private static void Walk(Type type, HashSet<Type> visited, List<string> problems, string path)
    {
        if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
        {
            return;
        }

        if (typeof(ISymbol).IsAssignableFrom(type) || typeof(Compilation).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type)
            || typeof(Location).IsAssignableFrom(type) || typeof(SemanticModel).IsAssignableFrom(type) || type == typeof(SyntaxToken))
        {
            problems.Add($"{path} is {type.Name}");
            return;
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            problems.Add($"{path} is {type.Name}, which compares by reference");
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, visited, problems, path);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], visited, problems, path + "[]");
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType == type))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            Walk(property.PropertyType, visited, problems, path + "." + property.Name);
        }
    }
}
