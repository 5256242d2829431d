using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// an e-mail address shown as its first character and domain, <c>j***@example.com</c> (<see cref="PiiClassifications.EmailMasked"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class EmailMaskedDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="EmailMaskedDataClassificationAttribute"/> class.</summary>
        public EmailMaskedDataClassificationAttribute()
            : base(PiiClassifications.EmailMasked)
        {
        }
    }
}
