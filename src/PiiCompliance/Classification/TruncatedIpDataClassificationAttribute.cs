using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// an IP address shown with its host part zeroed, <c>203.0.113.0</c> (<see cref="PiiClassifications.TruncatedIp"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class TruncatedIpDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="TruncatedIpDataClassificationAttribute"/> class.</summary>
        public TruncatedIpDataClassificationAttribute()
            : base(PiiClassifications.TruncatedIp)
        {
        }
    }
}
