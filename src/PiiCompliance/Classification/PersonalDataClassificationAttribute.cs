using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// personal data shown as <c>[redacted]</c> (<see cref="PiiClassifications.Personal"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class PersonalDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="PersonalDataClassificationAttribute"/> class.</summary>
        public PersonalDataClassificationAttribute()
            : base(PiiClassifications.Personal)
        {
        }
    }
}
