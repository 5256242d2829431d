using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Pii.Generator.Parsing
{
    /// <summary>Writes a type parameter's constraints as C#, for the generic extension methods of generic types.</summary>
    internal static class TypeConstraints
    {
        public static string Of(ITypeParameterSymbol parameter)
        {
            var parts = new List<string>();
            if (parameter.HasReferenceTypeConstraint)
            {
                parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            }
            else if (parameter.HasUnmanagedTypeConstraint)
            {
                parts.Add("unmanaged");
            }
            else if (parameter.HasValueTypeConstraint)
            {
                parts.Add("struct");
            }
            else if (parameter.HasNotNullConstraint)
            {
                parts.Add("notnull");
            }

            foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
            {
                parts.Add(constraint.ToDisplayString(TypeNames.FullyQualified));
            }

            if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
            {
                parts.Add("new()");
            }

            return parts.Count == 0 ? string.Empty : "where " + parameter.Name + " : " + string.Join(", ", parts);
        }
    }
}
