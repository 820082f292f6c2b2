using System.Text;
using Tacitus.Core;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// Just enough of the ONNX protobuf format (onnx.proto3: ModelProto.graph = 7; GraphProto.node = 1, output = 12;
/// NodeProto.input = 1, output = 2; ValueInfoProto.name = 1, type = 2) to find a BERT export's layer outputs and make
/// them outputs of the graph, so ONNX Runtime returns them. The weights are copied, never changed.
/// </summary>
internal static class OnnxGraph
{
    private const int ModelGraph = 7, GraphNode = 1, GraphOutput = 12, NodeInput = 1, NodeOutput = 2;

    /// <summary>
    /// The output name of each of the <paramref name="layers"/> transformer layers (0 first), found as the output of the
    /// node that adds <c>encoder.layer.K.output.LayerNorm.bias</c> (the end of layer K).
    /// </summary>
    public static string[] LayerOutputs(byte[] model, int layers)
    {
        var graph = Graph(model);
        var names = new string?[layers];
        foreach (var node in Fields(model, graph.Start, graph.End))
        {
            if (node.Field != GraphNode) continue;
            string? output = null;
            int layer = -1;
            foreach (var f in Fields(model, node.Start, node.End))
            {
                if (f.Field == NodeOutput) output ??= Text(model, f);
                else if (f.Field == NodeInput && Text(model, f) is var input && input.StartsWith("encoder.layer.", StringComparison.Ordinal)
                         && input.EndsWith(".output.LayerNorm.bias", StringComparison.Ordinal) && !input.Contains(".attention.", StringComparison.Ordinal)
                         && int.TryParse(input.AsSpan("encoder.layer.".Length, input.IndexOf('.', "encoder.layer.".Length) - "encoder.layer.".Length), out int k))
                    layer = k;
            }
            if (layer >= 0 && layer < layers && output is not null) names[layer] = output;
        }
        if (names.Any(n => n is null)) throw new TacitusException("the contextual encoder's graph is not the expected BERT export (a layer's output was not found)");
        return names!;
    }

    /// <summary>
    /// A copy of <paramref name="model"/> whose graph outputs are the float tensors <paramref name="names"/> instead of
    /// its own, so ONNX Runtime leaves out what only the old outputs needed (the later layers, the pooler).
    /// </summary>
    public static byte[] WithOutputs(byte[] model, IEnumerable<string> names)
    {
        var graph = Graph(model);
        // The new outputs, then the graph's fields but its outputs, measured first so the copy is made once (the model is ~90 MB).
        var added = new MemoryStream();
        foreach (var name in names)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            byte[] type = [0x0A, 0x02, 0x08, 0x01]; // TypeProto { tensor_type { elem_type: FLOAT } }
            var info = new MemoryStream();
            info.WriteByte(0x0A); WriteVarint(info, (ulong)bytes.Length); info.Write(bytes);
            info.WriteByte(0x12); WriteVarint(info, (ulong)type.Length); info.Write(type);
            added.WriteByte((GraphOutput << 3) | 2); WriteVarint(added, (ulong)info.Length); info.WriteTo(added);
        }
        var kept = Fields(model, graph.Start, graph.End).Where(f => f.Field != GraphOutput).ToList();
        long body = kept.Sum(f => (long)(f.End - f.KeyStart)) + added.Length;
        var header = new MemoryStream();
        header.WriteByte((ModelGraph << 3) | 2);
        WriteVarint(header, (ulong)body);
        var result = new byte[checked(graph.KeyStart + header.Length + body + (model.Length - graph.End))];
        int at = 0;
        void Copy(ReadOnlySpan<byte> from) { from.CopyTo(result.AsSpan(at)); at += from.Length; }
        Copy(model.AsSpan(0, graph.KeyStart));
        Copy(header.GetBuffer().AsSpan(0, (int)header.Length));
        foreach (var f in kept) Copy(model.AsSpan(f.KeyStart, f.End - f.KeyStart));
        Copy(added.GetBuffer().AsSpan(0, (int)added.Length));
        Copy(model.AsSpan(graph.End));
        return result;
    }

    private readonly record struct ProtoField(int Field, int Wire, int KeyStart, int Start, int End);

    private static ProtoField Graph(byte[] model) =>
        Fields(model, 0, model.Length).Where(f => f.Field == ModelGraph && f.Wire == 2).Cast<ProtoField?>().FirstOrDefault()
        ?? throw new TacitusException("the contextual encoder's model has no graph");

    private static string Text(byte[] b, ProtoField f) => Encoding.UTF8.GetString(b, f.Start, f.End - f.Start);

    private static IEnumerable<ProtoField> Fields(byte[] b, int start, int end)
    {
        int p = start;
        while (p < end)
        {
            int keyStart = p;
            ulong key = Varint(b, ref p);
            int wire = (int)(key & 7), s = p;
            switch (wire)
            {
                case 0: Varint(b, ref p); break;
                case 1: p += 8; break;
                case 2: { long len = (long)Varint(b, ref p); s = p; p = checked((int)(p + len)); break; }
                case 5: p += 4; break;
                default: throw new TacitusException($"the contextual encoder's model is not valid protobuf (wire type {wire})");
            }
            if (p > end) throw new TacitusException("the contextual encoder's model is truncated");
            yield return new ProtoField((int)(key >> 3), wire, keyStart, s, p);
        }
    }

    private static ulong Varint(byte[] b, ref int p)
    {
        ulong v = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte x = b[p++];
            v |= (ulong)(x & 0x7F) << shift;
            if (x < 0x80) return v;
        }
        throw new TacitusException("the contextual encoder's model is not valid protobuf (varint)");
    }

    private static void WriteVarint(Stream s, ulong v)
    {
        while (v >= 0x80) { s.WriteByte((byte)(v | 0x80)); v >>= 7; }
        s.WriteByte((byte)v);
    }
}
