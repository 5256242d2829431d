using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>The metadata names of Pii's attributes and of the framework types the rules look at.</summary>
    internal static class WellKnownTypes
    {
        public const string PersonalDataAttribute = "Pii.PersonalDataAttribute";
        public const string SensitivePersonalDataAttribute = "Pii.SensitivePersonalDataAttribute";
        public const string NotPersonalDataAttribute = "Pii.NotPersonalDataAttribute";
        public const string DataSubjectAttribute = "Pii.DataSubjectAttribute";
        public const string SubjectLinkAttribute = "Pii.SubjectLinkAttribute";
        public const string ProcessingPurposeAttribute = "Pii.ProcessingPurposeAttribute";
        public const string UnsafeAccessorAttribute = "System.Runtime.CompilerServices.UnsafeAccessorAttribute";

        /// <summary>Tells whether an attribute class is the Pii attribute with the given simple name, without building display strings.</summary>
        public static bool IsPiiAttribute(INamedTypeSymbol? attributeClass, string name) =>
            attributeClass is { } type
            && type.Name == name
            && type.ContainingNamespace is { Name: "Pii" } ns
            && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>Whether a referenced assembly is a project of the application: it references Pii itself.</summary>
        public static bool ReferencesPii(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return false;
            }

            foreach (IModuleSymbol module in assembly.Modules)
            {
                foreach (AssemblyIdentity referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == "Pii")
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
