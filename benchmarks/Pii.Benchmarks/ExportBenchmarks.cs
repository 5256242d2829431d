using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Pii.Export;

namespace Pii.Benchmarks
{
    /// <summary>
    /// What the export benchmarks share: one <see cref="Utf8JsonWriter"/> over one
    /// <see cref="ArrayBufferWriter{T}"/>, reset before each operation, so that what is measured is the export
    /// code and not the allocation of writers and buffers; and the check that all exporters write the same bytes.
    /// </summary>
    public abstract class ExportBenchmark
    {
        private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
        private Utf8JsonWriter? writer;

        /// <summary>Resets the buffer and the writer and returns the writer.</summary>
        protected Utf8JsonWriter Begin()
        {
            writer ??= new Utf8JsonWriter(buffer);
            buffer.ResetWrittenCount();
            writer.Reset();
            return writer;
        }

        /// <summary>Flushes the writer and returns the number of bytes written.</summary>
        protected int End(Utf8JsonWriter json)
        {
            json.Flush();
            return buffer.WrittenCount;
        }

        /// <summary>
        /// Runs every exporter once through the same path the benchmarks take and throws unless they all wrote
        /// the same bytes, so that the comparison is between equal outputs.
        /// </summary>
        protected void AssertSameOutput(params (string Name, Func<int> Run)[] exporters)
        {
            byte[]? expected = null;
            string expectedName = "";
            foreach ((string name, Func<int> run) in exporters)
            {
                int written = run();
                byte[] actual = buffer.WrittenSpan.ToArray();
                if (written != actual.Length || actual.Length == 0)
                {
                    throw new InvalidOperationException($"{name} reported {written} bytes but wrote {actual.Length}.");
                }

                using (JsonDocument.Parse(actual))
                {
                    // Only checks that the output is one well-formed JSON document.
                }

                if (expected is null)
                {
                    expected = actual;
                    expectedName = name;
                }
                else if (!actual.AsSpan().SequenceEqual(expected))
                {
                    throw new InvalidOperationException(
                        $"{name} does not write what {expectedName} writes.{Environment.NewLine}" +
                        $"{expectedName}:{Environment.NewLine}{Encoding.UTF8.GetString(expected)}{Environment.NewLine}" +
                        $"{name}:{Environment.NewLine}{Encoding.UTF8.GetString(actual)}");
                }
            }
        }
    }

    /// <summary>Export of one customer: one JSON object with its ten tagged members.</summary>
    [MemoryDiagnoser]
    public class ExportOneCustomer : ExportBenchmark
    {
        private BenchCustomer customer = null!;

        [GlobalSetup]
        public void Setup()
        {
            customer = CustomerData.One();
            AssertSameOutput(("Generated", Generated), ("Reflection", Reflection), ("CachedReflection", CachedReflection),
                ("HandWritten", HandWritten));
        }

        [Benchmark(Baseline = true)]
        public int Generated()
        {
            Utf8JsonWriter writer = Begin();
            customer.WritePersonalData(writer, ExportScope.Access);
            return End(writer);
        }

        [Benchmark]
        public int Reflection()
        {
            Utf8JsonWriter writer = Begin();
            ReflectionExporter.Write(customer, writer);
            return End(writer);
        }

        [Benchmark]
        public int CachedReflection()
        {
            Utf8JsonWriter writer = Begin();
            CachedReflectionExporter.Write(customer, writer);
            return End(writer);
        }

        [Benchmark]
        public int HandWritten()
        {
            Utf8JsonWriter writer = Begin();
            HandWrittenExporter.Write(customer, writer);
            return End(writer);
        }
    }

    /// <summary>Export of 10,000 customers as one JSON array.</summary>
    [MemoryDiagnoser]
    public class ExportManyCustomers : ExportBenchmark
    {
        public const int Count = 10_000;

        private BenchCustomer[] customers = null!;

        [GlobalSetup]
        public void Setup()
        {
            customers = CustomerData.Many(Count);
            AssertSameOutput(("Generated", Generated), ("Reflection", Reflection), ("CachedReflection", CachedReflection),
                ("HandWritten", HandWritten));
        }

        [Benchmark(Baseline = true)]
        public int Generated()
        {
            Utf8JsonWriter writer = Begin();
            writer.WriteStartArray();
            foreach (BenchCustomer customer in customers)
            {
                customer.WritePersonalData(writer, ExportScope.Access);
            }

            writer.WriteEndArray();
            return End(writer);
        }

        [Benchmark]
        public int Reflection()
        {
            Utf8JsonWriter writer = Begin();
            writer.WriteStartArray();
            foreach (BenchCustomer customer in customers)
            {
                ReflectionExporter.Write(customer, writer);
            }

            writer.WriteEndArray();
            return End(writer);
        }

        [Benchmark]
        public int CachedReflection()
        {
            Utf8JsonWriter writer = Begin();
            writer.WriteStartArray();
            foreach (BenchCustomer customer in customers)
            {
                CachedReflectionExporter.Write(customer, writer);
            }

            writer.WriteEndArray();
            return End(writer);
        }

        [Benchmark]
        public int HandWritten()
        {
            Utf8JsonWriter writer = Begin();
            writer.WriteStartArray();
            foreach (BenchCustomer customer in customers)
            {
                HandWrittenExporter.Write(customer, writer);
            }

            writer.WriteEndArray();
            return End(writer);
        }
    }
}
