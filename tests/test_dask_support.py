import json

import pytest

from hindi_meeting_extract import extract_many
from hindi_meeting_extract.batch import result_json
from synthetic_docs import synthetic_docs

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from hindi_meeting_extract.dask_support import (  # noqa: E402
    DATAFRAME_COLUMNS,
    _PIPELINES,
    extract_bag,
    extract_dataframe,
)

pytestmark = pytest.mark.slow


def pipelines_built():
    return len(_PIPELINES)


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, memory_limit="1GiB"
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_on_two_worker_processes_matches_extract_many(client):
    docs = synthetic_docs(80) + [{"id": "no-text"}]
    bag = db.from_sequence(docs, npartitions=6)
    got = extract_bag(bag).compute()
    assert got[:-1] == [result_json(r) for r in extract_many(docs[:-1])]
    assert got[-1] == {"doc_id": "no-text", "error": "MissingText", "message": "no string 'text' field"}
    built = client.run(pipelines_built)
    assert len(built) == 2 and all(n == 1 for n in built.values())  # one pipeline per worker, reused


def test_bag_of_custom_fields_and_bare_texts(client):
    items = [{"key": "k1", "body": synthetic_docs(1)[0]["text"]}]
    (row,) = extract_bag(db.from_sequence(items), id_field="key", text_field="body").compute()
    assert row["doc_id"] == "k1" and row["schema_version"] == "2"
    (a, b) = extract_bag(db.from_sequence(["पाठ एक", "पाठ एक"])).compute()
    assert a["doc_id"] == b["doc_id"] and a["doc_id"].startswith("sha1:")


def test_dataframe_with_json_column(client):
    docs = synthetic_docs(40)
    pdf = pd.DataFrame(docs)
    pdf.loc[3, "text"] = None
    out = extract_dataframe(dd.from_pandas(pdf, npartitions=4)).compute()
    assert list(out.columns) == list(DATAFRAME_COLUMNS)
    assert out["doc_id"].tolist() == pdf["id"].tolist()
    assert out.loc[3, "error"] == "MissingText" and pd.isna(out.loc[3, "record"])
    first = json.loads(out.loc[0, "record"])
    assert first["doc_id"] == "d00000" and out.loc[0, "persons"] == len(first["persons"])
