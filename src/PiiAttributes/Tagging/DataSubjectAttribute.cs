using System;

namespace Pii
{
    /// <summary>
    /// Marks a root entity that stands for a natural person (a customer, a contact, a job applicant):
    /// the data subject that export and erasure requests are made for.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DataSubjectAttribute : Attribute
    {
        /// <summary>Gets or sets the kind of data subject for the record of processing (for example <c>"customer"</c>); the type's name by default.</summary>
        public string? Kind { get; set; }

        /// <summary>Gets or sets the name of the key member; by default <c>Id</c> or <c>{Type}Id</c>.</summary>
        public string? Key { get; set; }

        /// <summary>
        /// Gets or sets whether deleting the subject's record also deletes the records linked to it (a cascade delete
        /// in the database). Only then may a member of the subject use <see cref="ErasureStrategy.DeleteRecord"/> (PII006).
        /// </summary>
        public bool DeleteCascades { get; set; }

        /// <summary>Gets or sets a description for the record of processing.</summary>
        public string? Description { get; set; }
    }
}
