using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// special-category personal data (Art. 9(1) GDPR), always shown as <c>[redacted]</c> (<see cref="PiiClassifications.Sensitive"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class SensitiveDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="SensitiveDataClassificationAttribute"/> class.</summary>
        public SensitiveDataClassificationAttribute()
            : base(PiiClassifications.Sensitive)
        {
        }
    }
}
