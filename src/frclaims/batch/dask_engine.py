"""The Dask engine of `frclaims batch --engine dask [--scheduler ADDRESS]`: the same job on a dask.distributed
cluster, for when one machine is not enough.

Chunks of articles are submitted as tasks; each worker process loads the pipeline once (`frclaims.load` is
cached per process) and returns plain rows; the client, in this process, writes them to the store as they
complete. At most two chunks per worker thread are in flight, so memory stays flat on both sides.

Without `--scheduler` a LocalCluster of `--workers` processes (one thread each) starts on 127.0.0.1 and stops
with the job. On your own cluster, start workers with `--nthreads 1`: a worker runs one chunk at a time anyway
(the pipeline is not shared between threads), and frclaims must be installed on the workers.
"""
from __future__ import annotations

import logging
import threading
from contextlib import ExitStack, contextmanager
from typing import Any, Generator, Iterator

from .runner import IN_FLIGHT_PER_WORKER, Chunk, Engine, describe, process_chunk
from .store import Extracted

_PIPELINE_LOCK = threading.Lock()  # a worker with several threads runs one chunk at a time


def process_chunk_on_worker(texts: list[str], backend: str, batch_size: int) -> list[Extracted]:
    """`process_chunk` on a Dask worker: the pipeline is loaded on the first call in each worker process."""
    with _PIPELINE_LOCK:
        return process_chunk(texts, backend, batch_size)


@contextmanager
def dask_engine(scheduler: str | None, workers: int, backend: str, batch_size: int) -> Iterator[Engine]:
    """An engine on the cluster at `scheduler`, or on a local cluster of `workers` processes on loopback."""
    from distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        slots = IN_FLIGHT_PER_WORKER * max(1, sum(client.nthreads().values()))
        yield lambda chunks: _map(client, chunks, slots, backend, batch_size)


def _map(client: Any, chunks: Iterator[Chunk], slots: int, backend: str,
         batch_size: int) -> Generator[tuple[Chunk, list[Extracted]], None, None]:
    """Chunks to futures, `slots` at a time; results as they complete. A chunk whose task fails for good (a
    worker killed three times by it) is returned as failed articles, and the job goes on."""
    from distributed import as_completed

    chunk_of: dict[Any, Chunk] = {}
    completed = as_completed()

    def submit(chunk: Chunk) -> None:
        texts = [a.text or "" for a in chunk]
        future = client.submit(process_chunk_on_worker, texts, backend, batch_size, pure=False)
        chunk_of[future] = chunk
        completed.add(future)

    for chunk in chunks:
        submit(chunk)
        if len(chunk_of) >= slots:
            break
    try:
        for future in completed:
            chunk = chunk_of.pop(future)
            try:
                results = future.result()
            except Exception as error:  # noqa: BLE001 - a lost task is stored as failed articles
                results = [Extracted(error=f"task failed on the cluster: {describe(error)}") for _ in chunk]
            future.release()
            following = next(chunks, None)
            if following is not None:
                submit(following)
            yield chunk, results
    finally:
        for future in chunk_of:
            future.cancel()
