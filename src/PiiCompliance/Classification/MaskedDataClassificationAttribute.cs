using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// personal data shown as its last two characters behind a fixed mask, <c>****34</c> (<see cref="PiiClassifications.Masked"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class MaskedDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="MaskedDataClassificationAttribute"/> class.</summary>
        public MaskedDataClassificationAttribute()
            : base(PiiClassifications.Masked)
        {
        }
    }
}
