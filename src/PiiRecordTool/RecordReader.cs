using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Pii.RecordTool
{
    /// <summary>
    /// Reads the record of processing out of a compiled assembly without loading it: the generator emits it as the
    /// constant <c>PersonalDataProcessingRecord.Json</c>, which sits in the metadata.
    /// </summary>
    internal static class RecordReader
    {
        public const string TypeName = "PersonalDataProcessingRecord";

        /// <summary>The record's JSON, or <see langword="null"/> when the assembly has no generated record.</summary>
        public static string? Read(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new InvalidDataException($"'{assemblyPath}' is not a .NET assembly");
            }

            MetadataReader metadata = pe.GetMetadataReader();
            foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
            {
                TypeDefinition type = metadata.GetTypeDefinition(handle);
                if (!metadata.StringComparer.Equals(type.Name, TypeName) || !type.GetDeclaringType().IsNil)
                {
                    continue;
                }

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = metadata.GetFieldDefinition(fieldHandle);
                    if (metadata.StringComparer.Equals(field.Name, "Json") && Constant(metadata, field) is { } json)
                    {
                        return json;
                    }
                }
            }

            return null;
        }

        private static string? Constant(MetadataReader metadata, FieldDefinition field)
        {
            ConstantHandle handle = field.GetDefaultValue();
            if (handle.IsNil)
            {
                return null;
            }

            Constant constant = metadata.GetConstant(handle);
            if (constant.TypeCode != ConstantTypeCode.String)
            {
                return null;
            }

            BlobReader blob = metadata.GetBlobReader(constant.Value);
            return blob.ReadUTF16(blob.Length);
        }
    }
}
