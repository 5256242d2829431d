using System;

namespace Pii
{
    /// <summary>
    /// Records the reviewed decision that a member which looks like personal data is not (a company's
    /// support address, a template's name). Members with this tag are shown unredacted in redacted views.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class NotPersonalDataAttribute : Attribute
    {
        /// <summary>Marks the member as reviewed and not personal data.</summary>
        /// <param name="reason">Why it is not personal data, for the reviewer who reads it next.</param>
        public NotPersonalDataAttribute(string reason)
        {
            Reason = reason;
        }

        /// <summary>Gets why the member is not personal data.</summary>
        public string Reason { get; }
    }
}
