using System;

namespace Pii
{
    /// <summary>Names the data protection officer for the record of processing (Art. 30(1)(a), Art. 37).</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class DataProtectionOfficerAttribute : Attribute
    {
        /// <summary>Names the officer.</summary>
        /// <param name="name">The officer's name, or the function, for example <c>"Privacy Officer"</c>.</param>
        public DataProtectionOfficerAttribute(string name) => Name = name;

        /// <summary>Gets the officer's name.</summary>
        public string Name { get; }

        /// <summary>Gets or sets how to reach the officer.</summary>
        public string? Contact { get; set; }
    }
}
