using Microsoft.CodeAnalysis;
using Pii.Analyzers.Vocabulary;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// What a member's attributes say it holds, when its name says nothing: the data annotations that validate an e-mail
    /// address, a phone number, a card number, a postcode or a password, and ASP.NET Core Identity's own
    /// <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c>, which mark a member as personal data for Identity's
    /// download and delete pages but are not a Pii decision.
    /// </summary>
    internal static class DeclaredData
    {
        // System.ComponentModel.DataAnnotations.DataType
        private const int PhoneNumberType = 5;
        private const int EmailAddressType = 10;
        private const int PasswordType = 11;
        private const int CreditCardType = 14;
        private const int PostalCodeType = 15;

        /// <summary>The verdict from the member's attributes; <c>default</c> when none says anything.</summary>
        public static NameVerdict Classify(ISymbol member, NameContext name)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is not
                    {
                        Name: "PersonalDataAttribute" or "ProtectedPersonalDataAttribute" or "EmailAddressAttribute" or "PhoneAttribute"
                            or "CreditCardAttribute" or "DataTypeAttribute",
                    } type)
                {
                    continue; // most attributes: their namespace is not even looked at
                }

                if (type.Name is "PersonalDataAttribute" or "ProtectedPersonalDataAttribute"
                    && SymbolFacts.IsNamespace(type.ContainingNamespace, "Microsoft", "AspNetCore", "Identity"))
                {
                    // The developer has already said so, for Identity: the member needs a Pii decision too.
                    return new NameVerdict(true, DataCategory.Unspecified, null, "[" + type.Name.Substring(0, type.Name.Length - "Attribute".Length) + "]");
                }

                if (!SymbolFacts.IsNamespace(type.ContainingNamespace, "System", "ComponentModel", "DataAnnotations"))
                {
                    continue;
                }

                (DataCategory category, string? term) = type.Name switch
                {
                    "EmailAddressAttribute" => (DataCategory.EmailAddress, "[EmailAddress]"),
                    "PhoneAttribute" => (DataCategory.PhoneNumber, "[Phone]"),
                    "CreditCardAttribute" => (DataCategory.PaymentData, "[CreditCard]"),
                    "DataTypeAttribute" when attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum, Value: int dataType }
                        => OfDataType(dataType),
                    _ => (DataCategory.Unspecified, null),
                };

                if (term is not null)
                {
                    NameVerdict verdict = PersonalDataNames.ClassifyDeclared(name, category, term);
                    if (verdict.IsPersonalData)
                    {
                        return verdict;
                    }
                }
            }

            return default;
        }

        private static (DataCategory Category, string? Term) OfDataType(int dataType) => dataType switch
        {
            PhoneNumberType => (DataCategory.PhoneNumber, "[DataType(DataType.PhoneNumber)]"),
            EmailAddressType => (DataCategory.EmailAddress, "[DataType(DataType.EmailAddress)]"),
            PasswordType => (DataCategory.Credentials, "[DataType(DataType.Password)]"),
            CreditCardType => (DataCategory.PaymentData, "[DataType(DataType.CreditCard)]"),
            PostalCodeType => (DataCategory.PostalAddress, "[DataType(DataType.PostalCode)]"),
            _ => (DataCategory.Unspecified, null),
        };
    }
}
