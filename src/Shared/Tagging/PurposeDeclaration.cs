using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>An assembly-level <c>[ProcessingPurpose]</c>: the defaults of the short tag form.</summary>
    internal sealed record PurposeDeclaration(string Name, LegalBasis LegalBasis, string? Retention, string? RetentionTrigger, string? Description)
    {
        /// <summary>Reads the declarations of an assembly; broken ones are skipped.</summary>
        public static ImmutableArray<PurposeDeclaration> ReadAll(IAssemblySymbol assembly)
        {
            ImmutableArray<PurposeDeclaration>.Builder declarations = ImmutableArray.CreateBuilder<PurposeDeclaration>();
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "ProcessingPurposeAttribute")
                    || attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not string name
                    || name.Length == 0
                    || attribute.ConstructorArguments[1].Value is not int basis)
                {
                    continue;
                }

                string? retention = null, trigger = null, description = null;
                foreach (var argument in attribute.NamedArguments)
                {
                    string? text = argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
                    switch (argument.Key)
                    {
                        case "Retention": retention = text; break;
                        case "RetentionTrigger": trigger = text; break;
                        case "Description": description = text; break;
                    }
                }

                declarations.Add(new PurposeDeclaration(name, (LegalBasis)basis, retention, trigger, description));
            }

            return declarations.ToImmutable();
        }

        public static PurposeDeclaration? Find(ImmutableArray<PurposeDeclaration> declarations, string name)
        {
            foreach (PurposeDeclaration declaration in declarations)
            {
                if (declaration.Name == name)
                {
                    return declaration;
                }
            }

            return null;
        }
    }
}
