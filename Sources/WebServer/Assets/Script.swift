/// The site's script, served at `/assets/app.js`: uploads (drag and drop, one request per file,
/// progress polled from `/api/uploads`) and filters that search on change. Text from the server is
/// only ever set with `textContent`.
enum Script {
    static let javascript = #"""
        "use strict";
        (function () {
          const csrf = document.querySelector('meta[name="csrf-token"]').content;

          // Search: a changed filter runs the search again.
          const form = document.querySelector("form.search");
          if (form) {
            form.querySelectorAll("select, input[type=date]").forEach(function (el) {
              el.addEventListener("change", function () { if (form.q.value.trim()) form.submit(); });
            });
          }

          // A page's scan: a click widens it to the page's width, another shrinks it back.
          document.querySelectorAll(".scan").forEach(function (el) {
            el.addEventListener("click", function () { el.classList.toggle("wide"); });
          });
          // A download made on first request (the searchable PDF) says it is being made.
          document.querySelectorAll("a[data-wait]").forEach(function (a) {
            a.addEventListener("click", function () { a.textContent = a.dataset.wait; a.classList.add("busy"); a.setAttribute("aria-busy", "true"); });
          });

          const zone = document.getElementById("dropzone");
          if (!zone) return;
          const input = document.getElementById("files");
          const table = document.getElementById("jobs");
          const summary = document.getElementById("summary");
          const watched = new Set();
          let timer = null;

          function cell(row, text) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); row.appendChild(td); return td; }

          function show(job) {
            let row = table.querySelector('tr[data-job="' + job.id + '"]');
            const fresh = document.createElement("tr");
            fresh.dataset.job = job.id;
            fresh.className = job.state;
            cell(fresh, job.name);
            cell(fresh, job.stateLabel);
            cell(fresh, job.pages);
            const doc = cell(fresh, "");
            if (job.documentID) {
              const a = document.createElement("a");
              a.href = "/documents/" + encodeURIComponent(job.documentID);
              a.textContent = job.number || ("Văn bản #" + job.documentID);
              doc.appendChild(a);
            }
            cell(fresh, job.reason);
            const none = table.querySelector("tr.none");
            if (none) none.remove();
            if (row) row.replaceWith(fresh); else table.prepend(fresh);
          }

          function report(jobs) {
            const counts = { stored: 0, duplicate: 0, failed: 0, busy: 0 };
            jobs.forEach(function (job) {
              if (job.state === "queued" || job.state === "reading") counts.busy++; else counts[job.state]++;
            });
            summary.textContent = "Đã lưu " + counts.stored + ", đã có sẵn " + counts.duplicate + ", lỗi " + counts.failed +
              (counts.busy ? ", đang xử lý " + counts.busy + "…" : ".");
          }

          async function poll() {
            timer = null;
            if (!watched.size) return;
            try {
              const response = await fetch("/api/uploads?ids=" + Array.from(watched).join(","), { headers: { "Accept": "application/json" } });
              const jobs = await response.json();
              jobs.forEach(show);
              report(jobs);
              if (jobs.some(function (job) { return job.state === "queued" || job.state === "reading"; })) timer = setTimeout(poll, 1000);
            } catch (error) {
              summary.textContent = "Mất kết nối với máy chủ; thử lại sau ít giây…";
              timer = setTimeout(poll, 3000);
            }
          }

          async function send(file) {
            try {
              const response = await fetch("/api/uploads", {
                method: "POST",
                headers: { "X-CSRF-Token": csrf, "X-File-Name": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
                body: file
              });
              const job = await response.json();
              if (job && job.id) { show(job); watched.add(job.id); }
              else show({ id: "x" + Math.random(), name: file.name, state: "failed", stateLabel: "Lỗi", pages: 0, reason: job.error || response.statusText });
            } catch (error) {
              show({ id: "x" + Math.random(), name: file.name, state: "failed", stateLabel: "Lỗi", pages: 0, reason: "Không gửi được tệp." });
            }
          }

          async function upload(files) {
            for (const file of files) await send(file);
            if (!timer) poll();
          }

          input.addEventListener("change", function () { upload(Array.from(input.files)); input.value = ""; });
          ["dragenter", "dragover"].forEach(function (name) {
            zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
          });
          ["dragleave", "drop"].forEach(function (name) {
            zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove("over"); });
          });
          zone.addEventListener("drop", function (event) { upload(Array.from(event.dataTransfer.files)); });
        })();
        """#
}
