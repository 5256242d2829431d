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
                if (Read(attribute) is { } declaration)
                {
                    declarations.Add(declaration);
                }
            }

            return declarations.ToImmutable();
        }

        /// <summary>Reads one assembly attribute; <see langword="null"/> when it is not a readable <c>[ProcessingPurpose]</c>.</summary>
        public static PurposeDeclaration? Read(AttributeData attribute)
        {
            if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "ProcessingPurposeAttribute")
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Scalar() is not string name
                || name.Trim().Length == 0
                || attribute.ConstructorArguments[1].Scalar() is not int basis)
            {
                return null;
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

            return new PurposeDeclaration(name, System.Enum.IsDefined(typeof(LegalBasis), basis) ? (LegalBasis)basis : LegalBasis.Unspecified, retention, trigger, description);
        }

        /// <summary>Consent must say what was consented to; a legitimate interest must say which interest (Art. 13(1)(c)-(d)).</summary>
        public static bool NeedsDescription(LegalBasis basis) => basis is LegalBasis.Consent or LegalBasis.LegitimateInterests;

        public static string DescriptionHint(LegalBasis basis) =>
            basis == LegalBasis.Consent ? "what the subject consented to" : "which legitimate interest it serves";

        /// <summary>What is wrong with a declaration, or <see langword="null"/>.</summary>
        public string? Problem
        {
            get
            {
                if (LegalBasis == LegalBasis.Unspecified)
                {
                    return $"purpose '{Name}' is declared without a legal basis: give one of the Art. 6(1) bases";
                }

                if (!IsoDuration.TryParse(Retention, out _, out string? error))
                {
                    return Retention is null ? $"purpose '{Name}' is declared without a retention: add Retention = \"P…\" (an ISO 8601 duration)" : error;
                }

                if (Description is null && NeedsDescription(LegalBasis))
                {
                    return $"purpose '{Name}' is processed on {LegalBasis} and needs a description ({DescriptionHint(LegalBasis)}): add Description = \"...\"";
                }

                return null;
            }
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
